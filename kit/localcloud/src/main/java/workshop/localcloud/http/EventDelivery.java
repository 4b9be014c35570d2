package workshop.localcloud.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.LinkedHashMap;
import workshop.localcloud.functions.LambdaFunction;

/**
 * How a route's event reaches its handler, decided once, when the route is added.
 *
 * <p>On AWS the event travels as JSON and Lambda's Java runtime turns it into the handler's input
 * type. A handler typed with the payload's event class gets that class; a handler typed
 * {@code Map} or {@code Object} gets the JSON as nested maps (Lambda gives a {@code LinkedHashMap}).
 * Every other type is refused at start-up, because on AWS it would fail on every request: a
 * {@code String} handler cannot read a JSON object, a {@code KinesisEvent} handler would get an
 * event full of nulls, and a payload 1.0 class on a 2.0 route would silently miss half its fields.
 */
enum EventDelivery {

    /** The handler takes the payload format's own class: pass the event object as built. */
    AS_EVENT_OBJECT {
        @Override
        Object prepare(Object event) {
            return event;
        }
    },

    /** The handler takes {@code Map} or {@code Object}: pass the event's JSON form as nested maps. */
    AS_JSON_MAP {
        @Override
        Object prepare(Object event) {
            return Json.toMap(event);
        }
    };

    /** Turns the built event into what the handler's parameter type receives. */
    abstract Object prepare(Object event);

    /**
     * Checks that {@code function}'s handler can take what {@code route} sends.
     *
     * @param route describes the route in the error message, e.g. {@code http route GET /movies/{id}}
     * @throws IllegalArgumentException naming the function, the route and the classes it can take
     */
    static EventDelivery choose(LambdaFunction function, ApiKind api, PayloadFormat format, String route) {
        Class<?> handlerTakes = function.eventType();
        if (handlerTakes == format.eventClass()) {
            return AS_EVENT_OBJECT;
        }
        if (handlerTakes != null && handlerTakes.isAssignableFrom(LinkedHashMap.class)) {
            return AS_JSON_MAP;
        }
        throw new IllegalArgumentException("Function '" + function.name() + "' cannot serve " + route
                + ": its handler takes " + (handlerTakes == null ? "an unknown type" : handlerTakes.getName())
                + ", but this route sends API Gateway payload format " + format.version()
                + ", which a handler receives as " + format.eventClass().getName()
                + " (or as java.util.Map / java.lang.Object holding the JSON)."
                + hintFor(handlerTakes, api, format));
    }

    private static String hintFor(Class<?> handlerTakes, ApiKind api, PayloadFormat format) {
        if (handlerTakes == APIGatewayV2HTTPEvent.class && api == ApiKind.REST_API) {
            return " REST API routes ('http') always send payload 1.0; use an 'httpApi' event for payload 2.0.";
        }
        if (handlerTakes == APIGatewayProxyRequestEvent.class && format == PayloadFormat.V2_0) {
            return " Take APIGatewayV2HTTPEvent in the handler, or set provider.httpApi.payload: '1.0' in serverless.yml.";
        }
        if (handlerTakes == APIGatewayV2HTTPEvent.class && format == PayloadFormat.V1_0) {
            return " Take APIGatewayProxyRequestEvent in the handler, or remove provider.httpApi.payload: '1.0'.";
        }
        return " Write the handler as RequestHandler<" + format.eventClass().getSimpleName() + ", ...>.";
    }
}
