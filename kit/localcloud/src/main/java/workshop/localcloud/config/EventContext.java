package workshop.localcloud.config;

/**
 * What an event parser needs besides the event itself.
 *
 * @param functionName  the function's key, for messages
 * @param stack         the stack, to build ARNs from names
 * @param intrinsics    resolves {@code !Ref}, {@code !GetAtt}, {@code !ImportValue}... in event settings
 * @param httpApiPayload the payload format of the function's {@code httpApi} events
 */
record EventContext(String functionName, Stack stack, IntrinsicResolver intrinsics, String httpApiPayload) {

    /** "the stream event of function 'processor'": how messages name an event. */
    String describe(String eventType) {
        return "the " + eventType + " event of function '" + functionName + "'";
    }
}
