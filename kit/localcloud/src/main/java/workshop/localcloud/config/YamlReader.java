package workshop.localcloud.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML file into {@link YamlNode}s that keep their line numbers.
 *
 * <p>It uses SnakeYAML's node API ({@code compose}) rather than its object mapping: objects would
 * lose the lines, and the CloudFormation short tags ({@code !Ref}, {@code !GetAtt}...) stay visible
 * on the nodes instead of needing a constructor each. Plain values are typed as the framework's
 * YAML library (js-yaml, YAML 1.2 core schema) types them: {@code yes}, {@code on} and
 * {@code 2024-01-01} stay strings, only {@code true}/{@code false} are booleans.
 */
final class YamlReader {

    private YamlReader() {
    }

    /** Reads {@code file}; {@code fileName} is how locations name it. The root must be a map. */
    static YamlNode.Mapping read(Path file, String fileName) {
        Location wholeFile = new Location(fileName, 0);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(wholeFile, "file not found (looked for "
                    + file.toAbsolutePath().normalize() + ")");
        } catch (IOException e) {
            throw new ConfigException(wholeFile, "cannot read the file: " + oneLine(e.getMessage()));
        }
        return parse(text, fileName);
    }

    /** Parses YAML text; {@code fileName} is how locations name it. The root must be a map. */
    static YamlNode.Mapping parse(String text, String fileName) {
        Node root = compose(new StringReader(text), fileName);
        if (root == null) {
            throw new ConfigException(new Location(fileName, 0), "the file is empty (a serverless.yml needs at"
                    + " least service and provider)");
        }
        YamlNode node = new Converter(fileName).convert(root);
        if (!(node instanceof YamlNode.Mapping mapping)) {
            throw new ConfigException(node.location(), "the file must be a map of keys (service, provider, ...),"
                    + " not " + node.describe());
        }
        return mapping;
    }

    private static Node compose(Reader reader, String fileName) {
        LoaderOptions options = new LoaderOptions();
        options.setMergeOnCompose(true); // "<<: *defaults" merges, explicit keys win, as in js-yaml
        options.setMaxAliasesForCollections(200);
        DumperOptions unused = new DumperOptions(); // Yaml's only constructor taking a Resolver wants these too
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(unused), unused, options,
                new CoreSchemaResolver());
        try {
            return yaml.compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ConfigException(new Location(fileName, line), "YAML syntax error: " + oneLine(problem)
                    + " (check the indentation, colons and quotes around this line)");
        } catch (YAMLException e) {
            throw new ConfigException(new Location(fileName, 0), "YAML error: " + oneLine(e.getMessage()));
        }
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Turns SnakeYAML nodes into {@link YamlNode}s, refusing duplicate keys (a silent overwrite hides typos). */
    private static final class Converter {

        private final String fileName;

        Converter(String fileName) {
            this.fileName = fileName;
        }

        YamlNode convert(Node node) {
            Location location = new Location(fileName, node.getStartMark().getLine() + 1);
            String tag = localTag(node.getTag(), location);
            if (node instanceof MappingNode mapping) {
                return new YamlNode.Mapping(entries(mapping), tag, location);
            }
            if (node instanceof SequenceNode sequence) {
                List<YamlNode> items = new ArrayList<>();
                sequence.getValue().forEach(item -> items.add(convert(item)));
                return new YamlNode.Sequence(items, tag, location);
            }
            ScalarNode scalar = (ScalarNode) node;
            return new YamlNode.Scalar(tag != null ? scalar.getValue() : typed(scalar, location), tag, location);
        }

        private List<YamlNode.Entry> entries(MappingNode mapping) {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, Location> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Location keyLocation = new Location(fileName, keyNode.getStartMark().getLine() + 1);
                if (!(keyNode instanceof ScalarNode scalarKey)) {
                    throw new ConfigException(keyLocation, "a key must be plain text, not a map or a list");
                }
                String key = scalarKey.getValue();
                Location first = seen.putIfAbsent(key, keyLocation);
                if (first != null) {
                    throw new ConfigException(keyLocation, "duplicate key '" + key + "' (already written at line "
                            + first.line() + "; YAML would silently keep only the last one)");
                }
                entries.add(new YamlNode.Entry(key, keyLocation, convert(tuple.getValueNode())));
            }
            return entries;
        }

        /** The short tag such as {@code !Ref}, null for the standard YAML types. */
        private static String localTag(Tag tag, Location location) {
            String value = tag.getValue();
            if (value.startsWith("!")) {
                return value;
            }
            if (!value.startsWith(Tag.PREFIX)) {
                throw new ConfigException(location, "unsupported YAML tag <" + value + "> (only the CloudFormation"
                        + " short forms such as !Ref are understood)");
            }
            return null;
        }

        private static Object typed(ScalarNode scalar, Location location) {
            Tag tag = scalar.getTag();
            String text = scalar.getValue();
            if (Tag.STR.equals(tag)) {
                return text;
            }
            if (Tag.NULL.equals(tag)) {
                return null;
            }
            if (Tag.BOOL.equals(tag)) {
                return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
            }
            if (Tag.INT.equals(tag)) {
                return integer(text);
            }
            if (Tag.FLOAT.equals(tag)) {
                return decimal(text);
            }
            throw new ConfigException(location, "unsupported YAML type " + tag.getValue() + " for '" + text
                    + "' (write plain text, numbers or booleans)");
        }

        private static Number integer(String text) {
            String digits = text.replace("_", "");
            boolean negative = digits.startsWith("-");
            if (digits.startsWith("-") || digits.startsWith("+")) {
                digits = digits.substring(1);
            }
            int radix = 10;
            if (digits.startsWith("0x")) {
                radix = 16;
            } else if (digits.startsWith("0o")) {
                radix = 8;
            } else if (digits.startsWith("0b")) {
                radix = 2;
            }
            BigInteger value = new BigInteger(radix == 10 ? digits : digits.substring(2), radix);
            value = negative ? value.negate() : value;
            if (value.bitLength() < 32) {
                return value.intValue();
            }
            return value.bitLength() < 64 ? value.longValue() : value.doubleValue();
        }

        private static Double decimal(String text) {
            String lower = text.toLowerCase(Locale.ROOT).replace("_", "");
            return switch (lower) {
                case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
                case "-.inf" -> Double.NEGATIVE_INFINITY;
                case ".nan" -> Double.NaN;
                default -> Double.valueOf(lower);
            };
        }
    }

    /**
     * The YAML 1.2 core schema, as js-yaml (the framework's parser) applies it. SnakeYAML's default
     * is YAML 1.1, where {@code on}, {@code yes} and {@code no} are booleans: a queue named
     * {@code no} would silently become {@code false}.
     */
    private static final class CoreSchemaResolver extends Resolver {

        private static final Pattern CORE_BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
        private static final Pattern CORE_NULL = Pattern.compile("^(?:~|null|Null|NULL|)$");
        private static final Pattern CORE_INT = Pattern.compile(
                "^(?:[-+]?(?:0|[1-9][0-9_]*)|0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+)$");
        private static final Pattern CORE_FLOAT = Pattern.compile(
                "^(?:[-+]?(?:[0-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?"
                        + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, CORE_BOOL, "tfTF");
            addImplicitResolver(Tag.INT, CORE_INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, CORE_FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, CORE_NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
