package workshop.localcloud.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One map of CloudFormation properties as parsed from YAML, read with error messages that name
 * the property's full path ({@code GlobalSecondaryIndexes[0].Projection.ProjectionType}), so the
 * caller only has to add the file and line.
 *
 * <p>CloudFormation itself is lenient about scalars: {@code ReadCapacityUnits: "5"} and
 * {@code Enabled: "true"} deploy as well as their unquoted forms, so both are accepted here too.
 */
final class CloudFormationProperties {

    private final String path;
    private final Map<?, ?> values;

    private CloudFormationProperties(String path, Map<?, ?> values) {
        this.path = path;
        this.values = values;
    }

    static CloudFormationProperties of(Map<String, ?> properties) {
        return new CloudFormationProperties("", properties);
    }

    /**
     * Refuses any property that is neither {@code supported} nor {@code ignored}: a property we do
     * not know might change how the table behaves, and silently dropping it would let a test pass
     * locally that fails on AWS.
     */
    CloudFormationProperties allowOnly(Set<String> supported, Set<String> ignored) {
        for (Object name : values.keySet()) {
            if (!supported.contains(name) && !ignored.contains(name)) {
                throw new IllegalArgumentException("unsupported property '" + pathOf(String.valueOf(name))
                        + "' (supported: " + String.join(", ", new TreeSet<>(supported)) + ")");
            }
        }
        return this;
    }

    boolean has(String name) {
        return values.get(name) != null;
    }

    String requiredString(String name) {
        return optionalString(name).orElseThrow(() -> missing(name));
    }

    Optional<String> optionalString(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return Optional.of(value.toString());
        }
        throw wrongType(name, "a string", value);
    }

    long requiredLong(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw missing(name);
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.parseLong(String.valueOf(value).trim());
        } catch (NumberFormatException notANumber) {
            throw wrongType(name, "a whole number", value);
        }
    }

    boolean requiredBoolean(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw missing(name);
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        return switch (String.valueOf(value).trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw wrongType(name, "true or false", value);
        };
    }

    /** A nested map of properties, e.g. {@code StreamSpecification}. */
    Optional<CloudFormationProperties> optionalMap(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new CloudFormationProperties(pathOf(name) + ".", map));
        }
        throw wrongType(name, "a map", value);
    }

    CloudFormationProperties requiredMap(String name) {
        return optionalMap(name).orElseThrow(() -> missing(name));
    }

    /** A list of maps, e.g. {@code KeySchema}; empty when absent. */
    List<CloudFormationProperties> maps(String name) {
        List<?> list = list(name);
        List<CloudFormationProperties> maps = new ArrayList<>(list.size());
        for (int index = 0; index < list.size(); index++) {
            String elementPath = pathOf(name) + "[" + index + "]";
            if (!(list.get(index) instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(
                        "property '" + elementPath + "' must be a map, got " + describe(list.get(index)));
            }
            maps.add(new CloudFormationProperties(elementPath + ".", map));
        }
        return maps;
    }

    /** A list of maps that must be there, e.g. {@code KeySchema}. */
    List<CloudFormationProperties> requiredMaps(String name) {
        if (!has(name)) {
            throw missing(name);
        }
        return maps(name);
    }

    /** A list of strings, e.g. {@code NonKeyAttributes}; empty when absent. */
    List<String> strings(String name) {
        return list(name).stream().map(String::valueOf).toList();
    }

    private List<?> list(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw wrongType(name, "a list", value);
    }

    private String pathOf(String name) {
        return path + name;
    }

    private IllegalArgumentException missing(String name) {
        return new IllegalArgumentException("missing property '" + pathOf(name) + "'");
    }

    private IllegalArgumentException wrongType(String name, String expected, Object value) {
        return new IllegalArgumentException(
                "property '" + pathOf(name) + "' must be " + expected + ", got " + describe(value));
    }

    private static String describe(Object value) {
        return value.getClass().getSimpleName() + " " + value;
    }
}
