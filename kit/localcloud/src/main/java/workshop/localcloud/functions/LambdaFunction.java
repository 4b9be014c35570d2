package workshop.localcloud.functions;

/**
 * A deployed function as its event sources see it: give it an event, get the outcome.
 *
 * <p>Event sources (HTTP, stream pollers, SNS, schedules) only depend on this interface; the local
 * cloud's implementation loads the handler class named in serverless.yml, runs it under the
 * function's environment, timeout and logger, and never lets a handler's exception escape.
 */
public interface LambdaFunction {

    /** The function's key in serverless.yml, e.g. {@code processor}. */
    String name();

    /**
     * The class of event the handler accepts (the {@code I} of {@code RequestHandler<I, O>}), so an
     * event source can build the right event, or refuse at start-up with a clear message.
     */
    Class<?> eventType();

    /** Runs the handler once, synchronously, as Lambda's synchronous invoke does. */
    Invocation invoke(Object event);
}
