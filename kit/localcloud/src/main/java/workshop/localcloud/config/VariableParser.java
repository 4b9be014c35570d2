package workshop.localcloud.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a YAML string into text and Serverless Framework variables, e.g.
 * {@code movie-${env:suffix, 'dev'}} into the text {@code movie-} and a variable with two sources.
 *
 * <p>It follows the framework's (v3) syntax rules, which matter because serverless.yml also holds
 * CloudFormation's own {@code ${...}} placeholders for {@code Fn::Sub}:
 * <ul>
 *   <li>a variable starts with a lower-case source name and a colon: {@code ${env:NAME}},
 *       {@code ${self:custom.table}}; anything else, such as {@code ${AWS::Region}} or
 *       {@code ${MyTable.Arn}}, is not a variable and stays in the text for {@code Fn::Sub};</li>
 *   <li>fallbacks follow commas and are tried in order: another source ({@code self:custom.x} or
 *       {@code ${self:custom.x}}), a quoted string, a number, {@code true}, {@code false} or
 *       {@code null}; an unquoted word such as {@code dev} is an error, as in the framework;</li>
 *   <li>an address may itself contain variables: {@code ${self:custom.${sls:stage}.table}}.</li>
 * </ul>
 * Sources the local cloud cannot resolve ({@code ssm}, {@code cf}, {@code s3}, {@code file(...)},
 * ...) are refused when the text is parsed, even in a fallback that might never be reached, so a
 * file either works locally or says why at once.
 */
final class VariableParser {

    /** The sources the local cloud resolves. */
    static final List<String> SUPPORTED_SOURCES = List.of("self", "env", "opt", "sls", "param", "aws");

    /** Sources that need AWS or other files at package time; named in errors to explain the refusal. */
    private static final Set<String> REMOTE_SOURCES = Set.of("ssm", "cf", "s3", "file", "git", "secretsmanager",
            "strToBool", "terraform", "vault", "doppler");

    private static final Pattern SOURCE_NAME = Pattern.compile("[a-z][a-zA-Z0-9]*");

    /** Text with variables: literal text and variables, in order. */
    record Template(List<Part> parts) {

        boolean hasVariables() {
            return parts.stream().anyMatch(Variable.class::isInstance);
        }

        /** True when the whole text is one variable, which may then stand for a map or a list. */
        boolean isSingleVariable() {
            return parts.size() == 1 && parts.get(0) instanceof Variable;
        }
    }

    sealed interface Part {
    }

    record Text(String text) implements Part {
    }

    /** {@code ${first, fallback, ...}} as written, with its sources in the order they are tried. */
    record Variable(String written, List<Source> sources) implements Part {
    }

    sealed interface Source {
    }

    /** {@code env:NAME}: a source name and an address, which may contain variables. */
    record Reference(String source, Template address) implements Source {
    }

    /** A fallback value: {@code 'dev'}, {@code 10}, {@code true}, {@code null}. */
    record Literal(Object value) implements Source {
    }

    /** A fallback written as a whole variable: {@code ${self:custom.stage}}. */
    record Nested(Variable variable) implements Source {
    }

    private final String text;
    private final Location location;
    private int position;

    private VariableParser(String text, Location location) {
        this.text = text;
        this.location = location;
    }

    /** Parses {@code text}, written at {@code location}. */
    static Template parse(String text, Location location) {
        return new VariableParser(text, location).template();
    }

    private Template template() {
        List<Part> parts = new ArrayList<>();
        int textStart = 0;
        int searchFrom = 0;
        while (true) {
            int start = text.indexOf("${", searchFrom);
            if (start < 0) {
                break;
            }
            position = start;
            Variable variable = variableOrNull();
            if (variable == null) {
                searchFrom = start + 2; // not a variable, e.g. Fn::Sub's ${AWS::Region}: keep it as text
                continue;
            }
            if (start > textStart) {
                parts.add(new Text(text.substring(textStart, start)));
            }
            parts.add(variable);
            textStart = position;
            searchFrom = position;
        }
        if (textStart < text.length() || parts.isEmpty()) {
            parts.add(new Text(text.substring(textStart)));
        }
        return new Template(List.copyOf(parts));
    }

    /** At "${": the variable there, ending after its "}", or null when the braces are not a variable. */
    private Variable variableOrNull() {
        int start = position;
        position += 2;
        if (position >= text.length() || !isLowerCaseLetter(text.charAt(position))) {
            return null;
        }
        String source = word();
        if (at('(')) {
            throw unsupportedSource(source + "(...)", source);
        }
        if (!at(':') || text.startsWith("::", position)) {
            return null;
        }
        checkSupported(source);
        position++;
        List<Source> sources = new ArrayList<>();
        sources.add(new Reference(source, address(start)));
        while (true) {
            skipSpaces();
            if (at('}')) {
                position++;
                return new Variable(text.substring(start, position), List.copyOf(sources));
            }
            if (!at(',')) {
                throw syntaxError(start, "expected ',' or '}' at '" + rest() + "'");
            }
            position++;
            sources.add(fallback(start));
        }
    }

    /** The address after "source:", up to the "," or "}" that ends it; it may contain variables. */
    private Template address(int variableStart) {
        skipSpaces();
        if (at('\'') || at('"')) {
            return new Template(List.of(new Text(quoted(variableStart))));
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw syntaxError(variableStart, "missing the closing '}'");
            }
            char c = text.charAt(position);
            if (c == ',' || c == '}') {
                break;
            }
            if (text.startsWith("${", position)) {
                int nestedStart = position;
                Variable nested = variableOrNull();
                if (nested == null) {
                    throw syntaxError(nestedStart, "only a variable may be written inside a variable's address");
                }
                addText(parts, literal);
                parts.add(nested);
                continue;
            }
            literal.append(c);
            position++;
        }
        addText(parts, literal);
        trimEnds(parts);
        return new Template(List.copyOf(parts));
    }

    private Source fallback(int variableStart) {
        skipSpaces();
        if (at('\'') || at('"')) {
            return new Literal(quoted(variableStart));
        }
        if (text.startsWith("${", position)) {
            int nestedStart = position;
            Variable nested = variableOrNull();
            if (nested == null) {
                throw syntaxError(nestedStart, "a fallback in ${...} must be a variable, a quoted string or a number");
            }
            return new Nested(nested);
        }
        int wordStart = position;
        String word = fallbackWord();
        skipSpaces();
        if (at(':') && SOURCE_NAME.matcher(word).matches()) {
            checkSupported(word);
            position++;
            return new Reference(word, address(variableStart));
        }
        if (at('(')) {
            throw unsupportedSource(word + "(...)", word);
        }
        return new Literal(literal(word, wordStart, variableStart));
    }

    /** An unquoted fallback: true, false, null or a number, as in the framework. */
    private Object literal(String word, int wordStart, int variableStart) {
        switch (word) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return null;
            default:
                try {
                    return word.contains(".") ? (Object) Double.valueOf(word) : (Object) Integer.valueOf(word);
                } catch (NumberFormatException e) {
                    position = wordStart;
                    throw syntaxError(variableStart, "the default '" + word + "' must be quoted: '" + word + "'"
                            + " (an unquoted default may only be a number, true, false or null)");
                }
        }
    }

    private String quoted(int variableStart) {
        char quote = text.charAt(position++);
        StringBuilder value = new StringBuilder();
        while (position < text.length() && text.charAt(position) != quote) {
            char c = text.charAt(position++);
            if (c == '\\' && quote == '"' && position < text.length()) {
                c = text.charAt(position++);
            }
            value.append(c);
        }
        if (position >= text.length()) {
            throw syntaxError(variableStart, "missing the closing " + quote);
        }
        position++;
        return value.toString();
    }

    private String word() {
        int start = position;
        while (position < text.length() && Character.isLetterOrDigit(text.charAt(position))) {
            position++;
        }
        return text.substring(start, position);
    }

    private String fallbackWord() {
        int start = position;
        while (position < text.length() && isFallbackCharacter(text.charAt(position))) {
            position++;
        }
        if (start == position) {
            throw syntaxError(start, "expected a fallback value at '" + rest() + "'");
        }
        return text.substring(start, position);
    }

    private static boolean isFallbackCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '+' || c == '_';
    }

    private void checkSupported(String source) {
        if (!SUPPORTED_SOURCES.contains(source)) {
            throw unsupportedSource(source + ":", source);
        }
    }

    private ConfigException unsupportedSource(String written, String source) {
        String why = REMOTE_SOURCES.contains(source)
                ? "it needs AWS or another file at package time: put the value in ${env:...} or custom instead; "
                : KeyCheck.didYouMean(source, SUPPORTED_SOURCES).map(hint -> "did you mean '" + hint + ":'? ")
                .orElse("");
        return new ConfigException(location, "variable source '" + written + "' in '" + text + "' is not supported"
                + " by the local cloud (" + why + "supported: " + String.join(", ", SUPPORTED_SOURCES) + ")");
    }

    private ConfigException syntaxError(int variableStart, String problem) {
        return new ConfigException(location, "invalid variable in '" + text + "' at column "
                + (variableStart + 1) + ": " + problem);
    }

    private static void addText(List<Part> parts, StringBuilder literal) {
        if (!literal.isEmpty()) {
            parts.add(new Text(literal.toString()));
            literal.setLength(0);
        }
    }

    private static void trimEnds(List<Part> parts) {
        if (!parts.isEmpty() && parts.get(0) instanceof Text first) {
            parts.set(0, new Text(first.text().stripLeading()));
        }
        if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Text last) {
            parts.set(parts.size() - 1, new Text(last.text().stripTrailing()));
        }
        parts.removeIf(part -> part instanceof Text text && text.text().isEmpty());
    }

    private boolean at(char c) {
        return position < text.length() && text.charAt(position) == c;
    }

    private void skipSpaces() {
        while (position < text.length() && text.charAt(position) == ' ') {
            position++;
        }
    }

    private String rest() {
        return position < text.length() ? text.substring(position) : "the end";
    }

    private static boolean isLowerCaseLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
