package workshop.localcloud.config;

import java.math.BigDecimal;

/** Turns YAML scalars into text the way the framework (JavaScript) does, so {@code 1.0} reads "1", not "1.0". */
final class Scalars {

    private Scalars() {
    }

    static String text(Object value) {
        if (value instanceof Double number) {
            if (number.isNaN()) {
                return "NaN";
            }
            if (number.isInfinite()) {
                return number > 0 ? "Infinity" : "-Infinity";
            }
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    static boolean isScalarValue(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }
}
