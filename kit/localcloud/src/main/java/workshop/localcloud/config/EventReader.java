package workshop.localcloud.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a function's {@code events:} list: each item is {@code - <type>: <settings>} and is handed
 * to the parser of its type. Types the local cloud cannot trigger ({@code sqs}, {@code s3},
 * {@code alb}, {@code websocket}, {@code eventBridge}...) are refused rather than skipped: a
 * function that silently never runs is harder to debug than a clear error.
 */
final class EventReader {

    /** Parses the settings of one event type into one or more definitions. */
    interface EventParser {
        List<EventDefinition> parse(YamlNode settings, Location location, EventContext context);
    }

    private static final Map<String, EventParser> PARSERS = parsers();

    /** The framework's (v3) AWS event types, so a typo gets a "did you mean" and a real type a clear refusal. */
    private static final List<String> FRAMEWORK_EVENT_TYPES = List.of("http", "httpApi", "websocket", "s3",
            "schedule", "sns", "sqs", "stream", "msk", "kafka", "activemq", "rabbitmq", "alexaSkill",
            "alexaSmartHome", "iot", "iotFleetProvisioning", "cloudwatchEvent", "cloudwatchLog", "cognitoUserPool",
            "alb", "eventBridge", "cloudFront");

    private EventReader() {
    }

    private static Map<String, EventParser> parsers() {
        Map<String, EventParser> parsers = new LinkedHashMap<>();
        parsers.put("http", HttpEventParser::http);
        parsers.put("httpApi", HttpEventParser::httpApi);
        parsers.put("stream", StreamEventParser::parse);
        parsers.put("sns", SnsEventParser::parse);
        parsers.put("schedule", ScheduleEventParser::parse);
        return parsers;
    }

    static List<String> supportedTypes() {
        return List.copyOf(PARSERS.keySet());
    }

    static List<EventDefinition> read(YamlNode events, EventContext context) {
        List<EventDefinition> definitions = new ArrayList<>();
        if (Values.isAbsent(events)) {
            return definitions;
        }
        for (YamlNode item : Values.sequence(events, "events of function '" + context.functionName() + "'").items()) {
            definitions.addAll(readOne(item, context));
        }
        return definitions;
    }

    private static List<EventDefinition> readOne(YamlNode item, EventContext context) {
        if (!(item instanceof YamlNode.Mapping event) || event.entries().size() != 1) {
            throw new ConfigException(item.location(), "each event of function '" + context.functionName()
                    + "' is one '- <type>: <settings>' item, not " + item.describe()
                    + " (check the indentation of the settings under the type)");
        }
        YamlNode.Entry entry = event.entries().get(0);
        EventParser parser = PARSERS.get(entry.key());
        if (parser == null) {
            String typo = FRAMEWORK_EVENT_TYPES.contains(entry.key()) ? ""
                    : KeyCheck.didYouMean(entry.key(), FRAMEWORK_EVENT_TYPES).map(type -> "; did you mean '" + type + "'?")
                    .orElse("");
            throw new ConfigException(entry.keyLocation(), "unknown event type '" + entry.key() + "' in function '"
                    + context.functionName() + "' (supported: " + String.join(", ", PARSERS.keySet()) + typo + ")");
        }
        if (Values.isAbsent(entry.value())) {
            throw new ConfigException(entry.keyLocation(), context.describe(entry.key()) + " has no settings");
        }
        return parser.parse(entry.value(), entry.keyLocation(), context);
    }
}
