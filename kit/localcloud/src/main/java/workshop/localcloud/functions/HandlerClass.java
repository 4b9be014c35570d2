package workshop.localcloud.functions;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;

/**
 * A handler named in serverless.yml ({@code handler: workshop.movies.ProcessorHandler}), checked the
 * way the Java runtime checks it: the class exists, implements {@link RequestHandler}, and has a
 * public no-argument constructor. The checks run when the local cloud starts, so a typo is reported
 * at once instead of at the first event.
 */
public final class HandlerClass {

    private final Class<?> type;
    private final Class<?> eventType;
    private final Constructor<?> constructor;

    private HandlerClass(Class<?> type, Class<?> eventType, Constructor<?> constructor) {
        this.type = type;
        this.eventType = eventType;
        this.constructor = constructor;
    }

    /**
     * Loads and checks a handler.
     *
     * @param handler as written in serverless.yml; {@code Class::handleRequest} is accepted too
     * @throws IllegalArgumentException with a one-line message saying what to fix
     */
    public static HandlerClass load(String handler, ClassLoader classLoader) {
        String className = classNameOf(handler);
        Class<?> type;
        try {
            type = Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("handler class '" + className + "' was not found on the "
                    + "project's classpath (check the package and class name, and that the project is compiled)");
        }
        if (!RequestHandler.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("handler class '" + className + "' does not implement "
                    + "com.amazonaws.services.lambda.runtime.RequestHandler<Input, Output>");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("handler class '" + className + "' needs a public no-argument "
                    + "constructor: Lambda creates the handler with it");
        }
        return new HandlerClass(type, eventTypeOf(type), constructor);
    }

    private static String classNameOf(String handler) {
        int separator = handler.indexOf("::");
        if (separator < 0) {
            return handler.trim();
        }
        String method = handler.substring(separator + 2).trim();
        if (!method.equals("handleRequest")) {
            throw new IllegalArgumentException("handler '" + handler + "': only RequestHandler classes are "
                    + "supported, write 'handler: " + handler.substring(0, separator) + "'");
        }
        return handler.substring(0, separator).trim();
    }

    /** The {@code I} of {@code RequestHandler<I, O>}, found through superclasses and interfaces. */
    private static Class<?> eventTypeOf(Class<?> handlerType) {
        Type resolved = resolveRequestHandlerInput(handlerType);
        if (resolved instanceof Class<?> inputClass) {
            return inputClass;
        }
        if (resolved instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    private static Type resolveRequestHandlerInput(Class<?> type) {
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Type implemented : current.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == RequestHandler.class) {
                    Type input = parameterized.getActualTypeArguments()[0];
                    return input instanceof TypeVariable<?> ? Object.class : input;
                }
            }
        }
        return Object.class;
    }

    public Class<?> type() {
        return type;
    }

    public Class<?> eventType() {
        return eventType;
    }

    /** Runs the handler's constructor, as Lambda does during the init phase of a cold start. */
    @SuppressWarnings("unchecked")
    RequestHandler<Object, Object> newInstance() throws Throwable {
        try {
            return (RequestHandler<Object, Object>) constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
