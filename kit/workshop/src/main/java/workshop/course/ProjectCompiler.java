package workshop.course;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles an attendee's project in this JVM with the JDK's compiler (javax.tools), the way Maven
 * would (main sources, then test sources against them; resources copied), into
 * {@code target/workshop/classes} and {@code target/workshop/test-classes}.
 *
 * <p>Seconds matter when an attendee saves a file and waits for the verdict, so it is incremental at
 * the cheapest useful grain: a {@link SourceStamp} of the inputs is stored after a successful build,
 * and when the inputs have the same stamp nothing is compiled at all. When anything changed, everything
 * is compiled again from clean folders (about fifty files: a second or two, and never a stale class
 * left behind by a deleted or renamed file).
 */
public final class ProjectCompiler {

    private final CourseLayout layout;

    public ProjectCompiler(CourseLayout layout) {
        this.layout = layout;
    }

    public Path classesDirectory() {
        return layout.buildDirectory().resolve("classes");
    }

    public Path testClassesDirectory() {
        return layout.buildDirectory().resolve("test-classes");
    }

    private Path stampFile() {
        return layout.buildDirectory().resolve("stamp.txt");
    }

    /**
     * Compiles the project unless it is up to date.
     *
     * @throws CourseEngineException when the class path file is missing (the project was never built by Maven)
     */
    public CompileResult compile() {
        long start = System.nanoTime();
        List<Path> dependencies = dependencies();
        List<Path> classPath = new ArrayList<>(List.of(testClassesDirectory(), classesDirectory()));
        classPath.addAll(dependencies);
        Path project = layout.project();
        String stamp = SourceStamp.of(
                List.of(project.resolve("src/main/java"), project.resolve("src/main/resources"),
                        project.resolve("src/test/java"), project.resolve("src/test/resources")),
                List.of(layout.classpathFile()));
        if (stamp.equals(readStamp()) && Files.isDirectory(classesDirectory())) {
            return new CompileResult(true, List.of(), classPath, millisSince(start));
        }
        deleteStamp();
        clean(classesDirectory());
        clean(testClassesDirectory());
        List<CompileError> errors = javac(project.resolve("src/main/java"), classesDirectory(), dependencies);
        if (errors.isEmpty()) {
            copyResources(project.resolve("src/main/resources"), classesDirectory());
            List<Path> testPath = new ArrayList<>();
            testPath.add(classesDirectory());
            testPath.addAll(dependencies);
            errors = javac(project.resolve("src/test/java"), testClassesDirectory(), testPath);
        }
        if (errors.isEmpty()) {
            copyResources(project.resolve("src/test/resources"), testClassesDirectory());
            writeStamp(stamp);
        }
        return new CompileResult(false, errors, classPath, millisSince(start));
    }

    /** The jars of the project's test class path, as its Maven build wrote them. */
    List<Path> dependencies() {
        Path file = layout.classpathFile();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            throw new CourseEngineException(layout.display(file) + " is missing: the project's class path comes from its "
                    + "Maven build. Run: ./mvnw -q -B -pl " + layout.display(layout.project()) + " generate-sources");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.isEmpty()) {
            return List.of();
        }
        return Stream.of(text.split(java.io.File.pathSeparator)).map(Path::of).toList();
    }

    private List<CompileError> javac(Path sourceFolder, Path output, List<Path> classPath) {
        List<Path> sources = javaFiles(sourceFolder);
        if (sources.isEmpty()) {
            createDirectories(output);
            return List.of();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new CourseEngineException("this Java runtime has no compiler: run ./workshop with a JDK 17 "
                    + "(java.home is " + System.getProperty("java.home") + ")");
        }
        createDirectories(output);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "--release", "17", "-encoding", "UTF-8", "-g", "-parameters", "-proc:none", "-nowarn",
                    "-implicit:none", "-d", output.toString(),
                    "-classpath", classPath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
            StringWriter otherOutput = new StringWriter();
            boolean compiled = compiler.getTask(otherOutput, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<CompileError> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    String file = diagnostic.getSource() == null ? "javac"
                            : layout.display(Path.of(diagnostic.getSource().toUri()));
                    errors.add(new CompileError(file, Math.max(0, diagnostic.getLineNumber()),
                            diagnostic.getMessage(Locale.ROOT)));
                }
            }
            if (!compiled && errors.isEmpty()) {
                errors.add(new CompileError("javac", 0, otherOutput.toString().strip()));
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyResources(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readStamp() {
        try {
            return Files.readString(stampFile(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private void writeStamp(String stamp) {
        try {
            Files.writeString(stampFile(), stamp + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteStamp() {
        try {
            Files.deleteIfExists(stampFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void clean(Path folder) {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        createDirectories(folder);
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
