package workshop.localcloud.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A piece of serverless.yml that remembers where it was written, so that every error can name its
 * line. Plain Java maps would lose that, which is why the loader works on these nodes until the
 * very end and only then converts them ({@link #toPlain()}).
 *
 * <p>{@code tag} is the YAML short tag written in front of the value, such as {@code !Ref}, or null.
 */
sealed interface YamlNode {

    Location location();

    String tag();

    /** A string, number ({@code Integer}, {@code Long}, {@code Double}), boolean or null. */
    record Scalar(Object value, String tag, Location location) implements YamlNode {

        static Scalar of(Object value, Location location) {
            return new Scalar(value, null, location);
        }

        boolean isText() {
            return value instanceof String;
        }
    }

    record Sequence(List<YamlNode> items, String tag, Location location) implements YamlNode {

        public Sequence {
            items = Collections.unmodifiableList(new ArrayList<>(items));
        }
    }

    /** A map; its entries keep the file's order and each key its own line. */
    record Mapping(List<Entry> entries, String tag, Location location) implements YamlNode {

        public Mapping {
            entries = Collections.unmodifiableList(new ArrayList<>(entries));
        }

        YamlNode get(String key) {
            Entry entry = entry(key);
            return entry == null ? null : entry.value();
        }

        Entry entry(String key) {
            for (Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return entry;
                }
            }
            return null;
        }

        boolean has(String key) {
            return entry(key) != null;
        }

        List<String> keys() {
            return entries.stream().map(Entry::key).toList();
        }

        /** Where {@code key} is written, or where this map starts when the key is absent. */
        Location locationOf(String key) {
            Entry entry = entry(key);
            return entry == null ? location : entry.keyLocation();
        }
    }

    record Entry(String key, Location keyLocation, YamlNode value) {
    }

    /** The node as {@code String}, {@code Number}, {@code Boolean}, {@code List}, {@code Map} or null. */
    default Object toPlain() {
        if (this instanceof Sequence sequence) {
            List<Object> list = new ArrayList<>();
            sequence.items().forEach(item -> list.add(item.toPlain()));
            return Collections.unmodifiableList(list);
        }
        if (this instanceof Mapping mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            mapping.entries().forEach(entry -> map.put(entry.key(), entry.value().toPlain()));
            return Collections.unmodifiableMap(map);
        }
        return ((Scalar) this).value();
    }

    /** How the node reads in an error message: "a map", "a list", "'text'", "42". */
    default String describe() {
        if (this instanceof Mapping) {
            return "a map";
        }
        if (this instanceof Sequence) {
            return "a list";
        }
        Object value = ((Scalar) this).value();
        if (value == null) {
            return "empty";
        }
        return value instanceof String ? "'" + value + "'" : Scalars.text(value);
    }
}
