package workshop.localcloud.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

/**
 * The shape of the event API Gateway sends and of the response it expects back. REST APIs always use
 * 1.0; HTTP APIs use 2.0 unless {@code provider.httpApi.payload: '1.0'} says otherwise.
 */
enum PayloadFormat {

    V1_0("1.0", APIGatewayProxyRequestEvent.class),
    V2_0("2.0", APIGatewayV2HTTPEvent.class);

    private final String version;
    private final Class<?> eventClass;

    PayloadFormat(String version, Class<?> eventClass) {
        this.version = version;
        this.eventClass = eventClass;
    }

    /** Reads {@code "1.0"} or {@code "2.0"}; anything else is refused, as API Gateway refuses it. */
    static PayloadFormat of(String version) {
        for (PayloadFormat format : values()) {
            if (format.version.equals(version)) {
                return format;
            }
        }
        throw new IllegalArgumentException(
                "unknown HTTP API payload format '" + version + "': API Gateway supports '1.0' and '2.0'");
    }

    String version() {
        return version;
    }

    /** The class of {@code aws-lambda-java-events} that models this event. */
    Class<?> eventClass() {
        return eventClass;
    }
}
