package workshop.localcloud.config;

import java.util.Locale;

/**
 * Reads typed settings from resolved nodes, refusing a wrong type with the setting's name and line.
 *
 * <p>Numbers and booleans may also be written as text ({@code timeout: '30'}), because values from
 * {@code ${env:...}} always are, and the framework's validator accepts them the same way.
 */
final class Values {

    private Values() {
    }

    static String text(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar scalar && scalar.value() instanceof String text && !text.isBlank()) {
            return text;
        }
        throw new ConfigException(node.location(), what + " must be text, not " + node.describe());
    }

    static int integer(YamlNode node, String what, int min, int max) {
        Integer value = null;
        if (node instanceof YamlNode.Scalar scalar) {
            if (scalar.value() instanceof Integer number) {
                value = number;
            } else if (scalar.value() instanceof String text && text.strip().matches("-?\\d{1,9}")) {
                value = Integer.valueOf(text.strip());
            }
        }
        if (value == null) {
            throw new ConfigException(node.location(), what + " must be a whole number, not " + node.describe());
        }
        if (value < min || value > max) {
            throw new ConfigException(node.location(), what + " must be between " + min + " and " + max + ", not "
                    + value);
        }
        return value;
    }

    static boolean bool(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar scalar) {
            if (scalar.value() instanceof Boolean flag) {
                return flag;
            }
            if (scalar.value() instanceof String text) {
                String lower = text.strip().toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("false")) {
                    return Boolean.parseBoolean(lower);
                }
            }
        }
        throw new ConfigException(node.location(), what + " must be true or false, not " + node.describe());
    }

    static YamlNode.Mapping mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        throw new ConfigException(node.location(), what + " must be a map of keys, not " + node.describe());
    }

    static YamlNode.Sequence sequence(YamlNode node, String what) {
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence;
        }
        throw new ConfigException(node.location(), what + " must be a list (items start with '- '), not "
                + node.describe());
    }

    static boolean isAbsent(YamlNode node) {
        return node == null || node instanceof YamlNode.Scalar scalar && scalar.value() == null;
    }
}
