package workshop.localcloud.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code schedule} events: {@code - schedule: rate(1 minute)} or
 * {@code - schedule: {rate: [...], enabled, input, name, description}}. Each expression of
 * {@code rate} becomes its own definition, as each becomes its own EventBridge rule.
 */
final class ScheduleEventParser {

    /** The framework's (v3) syntax: "rate(1 minute)" but "rate(5 minutes)"; cron with six fields. */
    private static final Pattern EXPRESSION = Pattern.compile(
            "^rate\\((?:1 (?:minute|hour|day)|(?:1\\d+|[2-9]\\d*) (?:minute|hour|day)s)\\)$"
                    + "|^cron\\(\\S+ \\S+ \\S+ \\S+ \\S+ \\S+\\)$");

    private static final List<String> KEYS = List.of("rate", "enabled", "name", "description", "input", "inputPath",
            "inputTransformer", "method", "roleArn");

    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private ScheduleEventParser() {
    }

    static List<EventDefinition> parse(YamlNode written, Location location, EventContext context) {
        String what = context.describe("schedule");
        YamlNode resolved = context.intrinsics().resolve(written);
        if (!(resolved instanceof YamlNode.Mapping settings)) {
            return List.of(new EventDefinition.Schedule(expression(resolved, what), true, null, location));
        }
        KeyCheck.onlyKnownKeys(settings, KEYS, what);
        KeyCheck.refuse(settings, Set.of("inputPath", "inputTransformer"), what,
                "write the event the function should receive in input");
        YamlNode rate = settings.get("rate");
        if (Values.isAbsent(rate)) {
            throw new ConfigException(settings.location(), what + " needs rate (e.g. rate(5 minutes) or"
                    + " cron(0 12 * * ? *))");
        }
        List<YamlNode> rates = rate instanceof YamlNode.Sequence list ? list.items() : List.of(rate);
        if (rates.isEmpty()) {
            throw new ConfigException(rate.location(), what + ": rate needs at least one expression");
        }
        if (rates.size() > 1 && settings.has("name")) {
            throw new ConfigException(settings.locationOf("name"), what + ": a name cannot be given to more than one"
                    + " rate expression (each becomes its own rule; remove name or split the event)");
        }
        checkMethod(settings, what);
        boolean enabled = settings.get("enabled") == null || Values.bool(settings.get("enabled"), "enabled of " + what);
        String input = input(settings.get("input"), what);
        List<EventDefinition> definitions = new ArrayList<>();
        for (YamlNode expression : rates) {
            definitions.add(new EventDefinition.Schedule(expression(expression, what), enabled, input, location));
        }
        return definitions;
    }

    private static String expression(YamlNode node, String what) {
        String expression = Values.text(node, "the expression of " + what).strip();
        if (!EXPRESSION.matcher(expression).matches()) {
            throw new ConfigException(node.location(), what + ": '" + expression + "' is not a schedule expression"
                    + " (rate(1 minute), rate(5 minutes), rate(2 hours) or cron(0 12 * * ? *) with six fields)");
        }
        return expression;
    }

    /** "scheduler" (EventBridge Scheduler) needs a role, as in the framework; both fire alike locally. */
    private static void checkMethod(YamlNode.Mapping settings, String what) {
        YamlNode method = settings.get("method");
        if (method == null) {
            return;
        }
        String value = Values.text(method, "method of " + what);
        if (!value.equals("eventBus") && !value.equals("scheduler")) {
            throw new ConfigException(method.location(), what + ": method must be eventBus or scheduler, not '" + value
                    + "'");
        }
        if (value.equals("scheduler") && settings.get("roleArn") == null) {
            throw new ConfigException(method.location(), what + ": method scheduler needs roleArn");
        }
    }

    /**
     * The constant event the rule sends, as JSON text: a map is written as JSON (and its {@code body},
     * when text, is parsed first, as the framework does); text must already be JSON.
     */
    private static String input(YamlNode node, String what) {
        if (Values.isAbsent(node)) {
            return null;
        }
        if (node instanceof YamlNode.Mapping map) {
            Map<String, Object> input = new LinkedHashMap<>();
            for (YamlNode.Entry entry : map.entries()) {
                Object value = entry.value().toPlain();
                if (entry.key().equals("body") && value instanceof String body) {
                    value = parseJson(body, entry.value(), what);
                }
                input.put(entry.key(), value);
            }
            return JSON.toJson(input);
        }
        String text = Values.text(node, "input of " + what);
        parseJson(text, node, what);
        return text;
    }

    /** Strict JSON: Gson's default leniency would take an unquoted word for a string. */
    private static JsonElement parseJson(String text, YamlNode node, String what) {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("unexpected text after the JSON value");
            }
            return element;
        } catch (JsonParseException | IOException e) {
            throw new ConfigException(node.location(), what + ": input must be JSON text or a map, and '" + text
                    + "' is not JSON (write a map, or quote valid JSON such as '{\"report\": \"daily\"}')");
        }
    }
}
