package workshop.course;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads exercises/course.yaml (its schema is in the file's header comment) and checks its shape.
 *
 * <p>It reads the YAML as a node tree rather than as maps so that every problem can name its line:
 * an instructor editing the course gets {@code exercises/course.yaml:42: unknown key 'test' (one of ...)},
 * not a stack trace. All problems are reported at once. What depends on other files (do the listed
 * files exist? are hints written?) is {@link CourseCompleteness}'s job, so that a course being written
 * still loads.
 */
public final class CourseLoader {

    private static final Pattern ID = Pattern.compile("(\\d\\d)-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CLASS_NAME =
            Pattern.compile("([a-zA-Z_$][a-zA-Z0-9_$]*\\.)*[A-Z_$][a-zA-Z0-9_$]*");
    private static final Set<String> TOP_KEYS = Set.of("course", "exercises");
    private static final List<String> EXERCISE_KEYS = List.of("id", "title", "minutes", "files", "tests", "hints");

    private final Path file;
    private final List<String> problems = new ArrayList<>();

    private CourseLoader(Path file) {
        this.file = file;
    }

    /**
     * The course described by {@code file}.
     *
     * @throws CourseFileException listing every problem found, one {@code file:line: problem} per line
     */
    public static Course load(Path file) {
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (NoSuchFileException e) {
            throw new CourseFileException(file + ": not found (the course's list of exercises)");
        } catch (IOException e) {
            throw new CourseFileException(file + ": cannot be read: " + e.getMessage());
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw CourseFileException.at(file, line, "not valid YAML: " + e.getProblem());
        }
        return new CourseLoader(file).read(root);
    }

    private Course read(Node root) {
        if (!(root instanceof MappingNode)) {
            throw CourseFileException.at(file, root == null ? 1 : line(root),
                    "expected 'course:' and 'exercises:' at the top");
        }
        Map<String, NodeTuple> top = keys((MappingNode) root, TOP_KEYS.stream().sorted().toList());
        String title = text(top, "course", root);
        List<Exercise> exercises = new ArrayList<>();
        NodeTuple list = top.get("exercises");
        if (list == null) {
            problem(root, "missing key 'exercises'");
        } else if (!(list.getValueNode() instanceof SequenceNode)) {
            problem(list.getValueNode(), "'exercises' must be a list of exercises ('- id: ...')");
        } else {
            readExercises((SequenceNode) list.getValueNode(), exercises);
        }
        if (!problems.isEmpty()) {
            throw new CourseFileException(String.join("\n", problems));
        }
        return new Course(title, exercises, file);
    }

    private void readExercises(SequenceNode list, List<Exercise> exercises) {
        Map<String, Integer> idLines = new HashMap<>();
        Map<String, String> fileOwners = new HashMap<>();
        int position = 0;
        for (Node item : list.getValue()) {
            position++;
            if (!(item instanceof MappingNode)) {
                problem(item, "an exercise must be a mapping with " + String.join(", ", EXERCISE_KEYS));
                continue;
            }
            Map<String, NodeTuple> keys = keys((MappingNode) item, EXERCISE_KEYS);
            String id = text(keys, "id", item);
            if (id != null) {
                Integer earlier = idLines.putIfAbsent(id, line(item));
                String expectedNumber = String.format("%02d", position);
                if (earlier != null) {
                    problem(keys.get("id").getValueNode(), "duplicate id '" + id + "' (first at line " + earlier + ")");
                } else if (!ID.matcher(id).matches()) {
                    problem(keys.get("id").getValueNode(), "id '" + id
                            + "' must be NN-slug: two digits, then lower-case words joined by '-' (e.g. "
                            + expectedNumber + "-store-the-movies)");
                } else if (!id.startsWith(expectedNumber + "-")) {
                    problem(keys.get("id").getValueNode(), "id '" + id + "' is exercise number " + position
                            + " in the list: it must start with " + expectedNumber + "- (ids follow the order)");
                }
            }
            String title = text(keys, "title", item);
            int minutes = minutes(keys, item);
            List<String> files = strings(keys, "files", item, true);
            for (int i = 0; i < files.size(); i++) {
                String path = files.get(i);
                Node node = ((SequenceNode) keys.get("files").getValueNode()).getValue().get(i);
                if (path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains("..")) {
                    problem(node, "file '" + path + "' must be relative to the project folder, with '/' and no '..'");
                }
                String owner = fileOwners.putIfAbsent(path, id);
                if (owner != null) {
                    problem(node, "file '" + path + "' is already an exercise file of " + owner
                            + " (a file belongs to one exercise: catch-up copies it)");
                }
            }
            List<String> tests = strings(keys, "tests", item, true);
            for (int i = 0; i < tests.size(); i++) {
                if (!CLASS_NAME.matcher(tests.get(i)).matches()) {
                    problem(((SequenceNode) keys.get("tests").getValueNode()).getValue().get(i),
                            "test '" + tests.get(i) + "' is not a class name (expected e.g. workshop.movies.MovieTableTest)");
                }
            }
            List<String> hints = strings(keys, "hints", item, false);
            exercises.add(new Exercise(id == null ? "" : id, title == null ? "" : title, minutes, files, tests, hints,
                    line(item)));
        }
        if (list.getValue().isEmpty()) {
            problem(list, "the course has no exercises");
        }
    }

    /** The mapping's entries by key; unknown and duplicate keys are problems. */
    private Map<String, NodeTuple> keys(MappingNode mapping, List<String> allowed) {
        Map<String, NodeTuple> keys = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode ? ((ScalarNode) keyNode).getValue() : String.valueOf(keyNode);
            if (!seen.add(key)) {
                problem(keyNode, "duplicate key '" + key + "'");
            } else if (!allowed.contains(key)) {
                problem(keyNode, "unknown key '" + key + "' (expected one of: " + String.join(", ", allowed) + ")");
            } else {
                keys.put(key, tuple);
            }
        }
        return keys;
    }

    private String text(Map<String, NodeTuple> keys, String key, Node owner) {
        NodeTuple tuple = keys.get(key);
        if (tuple == null) {
            problem(owner, "missing key '" + key + "'");
            return null;
        }
        Node value = tuple.getValueNode();
        if (!(value instanceof ScalarNode) || ((ScalarNode) value).getValue().isBlank()) {
            problem(value, "'" + key + "' must be a non-empty text");
            return null;
        }
        return ((ScalarNode) value).getValue().strip();
    }

    private int minutes(Map<String, NodeTuple> keys, Node owner) {
        String text = text(keys, "minutes", owner);
        if (text == null) {
            return 0;
        }
        try {
            int minutes = Integer.parseInt(text);
            if (minutes > 0) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(keys.get("minutes").getValueNode(), "'minutes' must be a positive whole number, not '" + text + "'");
        return 0;
    }

    private List<String> strings(Map<String, NodeTuple> keys, String key, Node owner, boolean nonEmpty) {
        NodeTuple tuple = keys.get(key);
        if (tuple == null) {
            problem(owner, "missing key '" + key + "'" + (key.equals("hints") ? " (write 'hints: []' until they are written)" : ""));
            return List.of();
        }
        Node value = tuple.getValueNode();
        if (!(value instanceof SequenceNode)) {
            problem(value, "'" + key + "' must be a list ('- ...' lines or [])");
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        for (Node item : ((SequenceNode) value).getValue()) {
            if (item instanceof ScalarNode && !((ScalarNode) item).getValue().isBlank()) {
                strings.add(((ScalarNode) item).getValue().strip());
            } else {
                problem(item, "every entry of '" + key + "' must be a non-empty text");
            }
        }
        if (nonEmpty && strings.isEmpty() && ((SequenceNode) value).getValue().isEmpty()) {
            problem(value, "'" + key + "' must list at least one entry");
        }
        return strings;
    }

    private void problem(Node node, String problem) {
        problems.add(file + ":" + line(node) + ": " + problem);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
