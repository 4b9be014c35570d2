package workshop.router;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The item layout of the runtime table ({@code router-runtime-<suffix>}, key {@code pk} + {@code sk}):
 *
 * <pre>
 * pk=run#&lt;runId&gt;  sk=run                        budget, startedAt, admitted, dropped, terminated
 * pk=run#&lt;runId&gt;  sk=type#&lt;messageType&gt;          received, handled, failed, emitted, dropped
 * pk=run#&lt;runId&gt;  sk=message#&lt;messageId&gt;        outcome (admitted|dropped), reason, expiresAt
 * pk=run#&lt;runId&gt;  sk=done#&lt;messageId&gt;#&lt;handler&gt;  expiresAt
 * pk=runs          sk=&lt;startedAt&gt;#&lt;runId&gt;        (the index of runs, newest last)
 * </pre>
 *
 * One partition per run keeps a run's items together: its counters are read with one Query.
 */
final class RuntimeKeys {

    static final String PK = "pk";
    static final String SK = "sk";
    static final String EXPIRES_AT = "expiresAt";
    static final String RUN_SK = "run";
    static final String RUNS_PK = "runs";
    static final String TYPE_PREFIX = "type#";

    /** Markers are needed while a message can still be redelivered: Kinesis keeps records 24 hours by default. */
    static final Duration MARKER_LIFETIME = Duration.ofDays(2);

    /** Fixed width (always milliseconds), so that the index's sort keys sort by time. */
    private static final DateTimeFormatter STARTED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private RuntimeKeys() {
    }

    static String runPk(String runId) {
        return "run#" + runId;
    }

    static String typeSk(String messageType) {
        return TYPE_PREFIX + messageType;
    }

    static String messageSk(String messageId) {
        return "message#" + messageId;
    }

    static String donePrefix(String messageId) {
        return "done#" + messageId + "#";
    }

    static String doneSk(String messageId, String handlerName) {
        return donePrefix(messageId) + handlerName;
    }

    static String startedAt(Instant instant) {
        return STARTED_AT.format(instant);
    }

    static String runIndexSk(String startedAt, String runId) {
        return startedAt + "#" + runId;
    }

    /** The run id in a sort key of the index: what follows the timestamp, which has no {@code #}. */
    static String runIdOf(String runIndexSk) {
        return runIndexSk.substring(runIndexSk.indexOf('#') + 1);
    }

    static long expiresAt(Instant now) {
        return now.plus(MARKER_LIFETIME).getEpochSecond();
    }
}
