package workshop.localcloud.schedule;

import java.util.BitSet;

/**
 * Reads the part of cron syntax that every field shares: lists ({@code ,}), ranges ({@code -}),
 * increments ({@code /}) and the wildcard {@code *}. The result is the set of values the field matches.
 */
final class CronValues {

    private CronValues() {
    }

    /**
     * Parses e.g. {@code 5}, {@code 0/15}, {@code MON-FRI}, {@code 8-17} or {@code 1,15,30} for one field.
     *
     * @throws IllegalArgumentException saying what is wrong, without the field name (the caller adds it)
     */
    static BitSet parse(CronField field, String text) {
        BitSet values = new BitSet();
        for (String element : text.split(",", -1)) {
            if (element.isEmpty()) {
                throw new IllegalArgumentException("a list has an empty element");
            }
            addElement(field, element, values);
        }
        return values;
    }

    /** One list element: {@code *}, {@code a}, {@code a-b}, optionally followed by {@code /step}. */
    private static void addElement(CronField field, String element, BitSet values) {
        String range = element;
        int step = 1;
        boolean hasStep = element.contains("/");
        if (hasStep) {
            if (!field.allowsIncrements()) {
                throw new IllegalArgumentException("increments (/) are not allowed in " + field.displayName());
            }
            String[] parts = element.split("/", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("\"" + element + "\" has more than one /");
            }
            range = parts[0];
            step = parseStep(field, parts[1]);
        }

        int from;
        int to;
        if (range.equals("*")) {
            from = field.min();
            to = field.max();
        } else if (range.contains("-")) {
            String[] bounds = range.split("-", -1);
            if (bounds.length != 2 || bounds[0].isEmpty() || bounds[1].isEmpty()) {
                throw new IllegalArgumentException("\"" + range + "\" is not a range like 1-5");
            }
            from = field.parseValue(bounds[0]);
            to = field.parseValue(bounds[1]);
            if (to < from && !field.wrapsAround()) {
                throw new IllegalArgumentException("the range " + range + " runs backwards");
            }
        } else {
            from = field.parseValue(range);
            // "5/15" means "from 5, every 15": it runs to the end of the field, as "5-59/15" would.
            to = hasStep ? field.max() : from;
        }
        addRange(field, from, to, step, values);
    }

    private static int parseStep(CronField field, String text) {
        if (!text.matches("\\d+")) {
            throw new IllegalArgumentException("the increment after / must be a whole number, found \"" + text + "\"");
        }
        // More than nine digits cannot fit an int, and is out of range anyway.
        int step = text.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(text);
        if (step < 1 || step > field.size()) {
            throw new IllegalArgumentException("the increment " + text + " is outside 1-" + field.size());
        }
        return step;
    }

    /**
     * Adds {@code from}, {@code from + step}, ... up to {@code to}. When {@code to < from} the range
     * wraps past the field's end, e.g. hours 22-2 walks 22, 23, 0, 1, 2: counting positions modulo
     * the field's size covers both cases with one loop.
     */
    private static void addRange(CronField field, int from, int to, int step, BitSet values) {
        int length = Math.floorMod(to - from, field.size());
        for (int offset = 0; offset <= length; offset += step) {
            values.set(field.min() + Math.floorMod(from - field.min() + offset, field.size()));
        }
    }
}
