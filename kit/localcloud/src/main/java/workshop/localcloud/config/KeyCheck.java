package workshop.localcloud.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses keys the framework does not know, with a "did you mean" when a known key is close.
 *
 * <p>YAML accepts any key, so {@code memorysize: 512} or {@code timout: 30} would otherwise be
 * ignored without a word and the function would run with the defaults. The framework refuses them
 * too when {@code configValidationMode: error}.
 */
final class KeyCheck {

    private KeyCheck() {
    }

    /**
     * Fails on the first key of {@code mapping} that is not in {@code known}.
     *
     * @param what how the map is named in the message, e.g. "function 'processor'"
     */
    static void onlyKnownKeys(YamlNode.Mapping mapping, Collection<String> known, String what) {
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!known.contains(entry.key())) {
                throw new ConfigException(entry.keyLocation(), "unknown key '" + entry.key() + "' in " + what
                        + " (" + didYouMean(entry.key(), known).map(hint -> "did you mean '" + hint + "'?")
                        .orElse("known keys: " + String.join(", ", sorted(known))) + ")");
            }
        }
    }

    /** Fails when {@code mapping} uses one of {@code refused}; {@code why} says what to do instead. */
    static void refuse(YamlNode.Mapping mapping, Set<String> refused, String what, String why) {
        for (YamlNode.Entry entry : mapping.entries()) {
            if (refused.contains(entry.key())) {
                throw new ConfigException(entry.keyLocation(), "'" + entry.key() + "' in " + what
                        + " is not supported by the local cloud (" + why + ")");
            }
        }
    }

    /** The known name closest to {@code name}, when it is close enough to be a typo. */
    static Optional<String> didYouMean(String name, Collection<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(candidate -> isTypoOf(lower, candidate.toLowerCase(Locale.ROOT)))
                .min(Comparator.comparingInt(candidate -> distance(lower, candidate.toLowerCase(Locale.ROOT))));
    }

    private static boolean isTypoOf(String name, String candidate) {
        int allowed = Math.max(1, Math.min(3, candidate.length() / 4));
        return distance(name, candidate) <= allowed;
    }

    /** Levenshtein distance: how many single-letter edits turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static List<String> sorted(Collection<String> names) {
        return names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
