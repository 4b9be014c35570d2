package workshop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import workshop.course.CompileResult;
import workshop.course.CourseLayout;
import workshop.course.ProjectCompiler;

/**
 * Which serverless.yml stacks {@code ./workshop up} runs, and where their handler classes are.
 *
 * <ul>
 *   <li>the course's app: the root {@code serverless.yml} (resources) and {@code solutions/serverless.yml}
 *       (functions), with {@code solutions/target/classes} and its dependencies;</li>
 *   <li>{@code --project skeleton}: the attendee's project, compiled by the course engine as
 *       {@code ./workshop verify} compiles it (not by Maven: the attendee's code changes all the time);</li>
 *   <li>{@code --demo}: the local cloud's own demo app, handy to try the local cloud itself;</li>
 *   <li>{@code --stack} and {@code --classes}: any stacks and classes.</li>
 * </ul>
 */
record AppToRun(List<Path> stacks, List<Path> classpath) {

    static AppToRun course(Path root, String project) {
        if (project.equals("skeleton")) {
            return attendeeProject(root);
        }
        Path projectDir = root.resolve(project);
        List<Path> classpath = new ArrayList<>(List.of(projectDir.resolve("target/classes")));
        classpath.addAll(dependencies(projectDir.resolve("target/classpath.txt")));
        return new AppToRun(List.of(root.resolve("serverless.yml"), projectDir.resolve("serverless.yml")), classpath);
    }

    /** The skeleton, compiled now if its sources changed; fails with the compiler's errors. */
    static AppToRun attendeeProject(Path root) {
        CourseLayout layout = CourseLayout.of(root);
        ProjectCompiler compiler = new ProjectCompiler(layout);
        CompileResult compiled = compiler.compile();
        if (!compiled.succeeded()) {
            throw new IllegalStateException("skeleton does not compile:\n  " + String.join("\n  ",
                    compiled.errors().stream().map(Object::toString).toList()));
        }
        List<Path> classpath = new ArrayList<>(List.of(compiler.classesDirectory()));
        classpath.addAll(dependencies(layout.classpathFile()));
        return new AppToRun(List.of(root.resolve("serverless.yml"), layout.project().resolve("serverless.yml")), classpath);
    }

    static AppToRun demo(Path root) {
        Path demo = root.resolve("kit/localcloud/src/test/resources/demo-app");
        return new AppToRun(List.of(demo.resolve("resources/serverless.yml"), demo.resolve("functions/serverless.yml")),
                List.of(root.resolve("kit/localcloud/target/test-classes")));
    }

    /** Fails with what to do when a stack or the compiled classes are missing. */
    AppToRun checked() {
        for (Path stack : stacks) {
            if (!Files.isRegularFile(stack)) {
                throw new IllegalStateException(stack + " does not exist (try './workshop up --demo' for the demo app)");
            }
        }
        if (!classpath.isEmpty() && !Files.isDirectory(classpath.get(0))) {
            throw new IllegalStateException(classpath.get(0) + " does not exist: compile the project first "
                    + "(./mvnw -q compile), or run './workshop up' again after the build");
        }
        return this;
    }

    /** A class loader for the handlers; the kit's own classes (AwsClients, Env) come from the parent, shared. */
    ClassLoader classLoader() {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a classpath entry: " + entry, e);
            }
        }
        return new URLClassLoader("app", urls.toArray(URL[]::new), AppToRun.class.getClassLoader());
    }

    private static List<Path> dependencies(Path classpathFile) {
        if (!Files.isRegularFile(classpathFile)) {
            return List.of();
        }
        try {
            String text = Files.readString(classpathFile).trim();
            return text.isEmpty() ? List.of()
                    : List.of(text.split(java.io.File.pathSeparator)).stream().map(Path::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
