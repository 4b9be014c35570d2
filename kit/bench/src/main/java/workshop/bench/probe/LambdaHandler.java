package workshop.bench.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * A {@link RequestHandler} class loaded, built and invoked as Lambda's Java runtime does it.
 *
 * <p>Init: {@code Class.forName} (static initialisers run), then the public no-arg constructor, where
 * the workshop's handlers build their clients. Invocation: the event is read with the runtime's
 * serialiser for the handler's input type, and the response written with the one for its output type:
 * AWS's customised Jackson for the event classes Lambda knows ({@link LambdaEventSerializers}), plain
 * Jackson ({@link JacksonFactory}) for other types, e.g. {@code APIGatewayV2HTTPEvent} or a {@code Map}.
 */
final class LambdaHandler {

    private final RequestHandler<Object, Object> handler;
    private final Type inputType;
    private final Type outputType;

    private LambdaHandler(RequestHandler<Object, Object> handler, Type inputType, Type outputType) {
        this.handler = handler;
        this.inputType = inputType;
        this.outputType = outputType;
    }

    @SuppressWarnings("unchecked")
    static LambdaHandler load(String handlerClass) throws ReflectiveOperationException {
        if (handlerClass.contains("::")) {
            throw new IllegalArgumentException("the probe runs RequestHandler classes, not methods: " + handlerClass);
        }
        Class<?> type = Class.forName(handlerClass);
        if (!RequestHandler.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(handlerClass + " does not implement RequestHandler");
        }
        Type[] parameters = requestHandlerParameters(type);
        Object handler = type.getConstructor().newInstance();
        return new LambdaHandler((RequestHandler<Object, Object>) handler, parameters[0], parameters[1]);
    }

    /** Handles one event; returns the response as JSON ({@code null} for a void or null response). */
    String invoke(byte[] event, Context context) {
        Object input = serializerFor(inputType).fromJson(new ByteArrayInputStream(event));
        Object output = handler.handleRequest(input, context);
        if (output == null) {
            return "null";
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        serializerFor(outputType).toJson(output, json);
        return json.toString(StandardCharsets.UTF_8);
    }

    /** The serialiser the runtime picks for a type (without the custom-serialiser hook, unused here). */
    @SuppressWarnings("unchecked")
    private static PojoSerializer<Object> serializerFor(Type type) {
        if (type instanceof Class<?> eventClass && LambdaEventSerializers.isLambdaSupportedEvent(eventClass.getName())) {
            return (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(eventClass, eventClass.getClassLoader());
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }

    /**
     * The {@code <I, O>} of {@code RequestHandler<I, O>} on the class or a superclass. (The runtime's
     * search also follows generic superclasses and interfaces; the workshop's handlers implement the
     * interface directly.)
     */
    private static Type[] requestHandlerParameters(Class<?> handlerClass) {
        for (Class<?> type = handlerClass; type != null; type = type.getSuperclass()) {
            for (Type implemented : type.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == RequestHandler.class) {
                    return parameterized.getActualTypeArguments();
                }
            }
        }
        throw new IllegalArgumentException(handlerClass.getName()
                + " does not implement RequestHandler<I, O> with concrete types");
    }
}
