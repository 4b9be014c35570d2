package workshop.localcloud.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import workshop.localcloud.functions.Invocation;
import workshop.localcloud.functions.LambdaFunction;

/** A test double of a deployed function: answers as told and keeps every event it was given. */
final class RecordingFunction implements LambdaFunction {

    private final String name;
    private final Class<?> eventType;
    private final Function<Object, Invocation> behaviour;
    private final List<Object> events = new CopyOnWriteArrayList<>();

    private RecordingFunction(String name, Class<?> eventType, Function<Object, Invocation> behaviour) {
        this.name = name;
        this.eventType = eventType;
        this.behaviour = behaviour;
    }

    /** A function whose handler returns {@code output} for every event. */
    static RecordingFunction returning(String name, Class<?> eventType, Object output) {
        return new RecordingFunction(name, eventType, event -> Invocation.succeeded(output));
    }

    /** A function whose handler computes its result from the event. */
    static RecordingFunction answering(String name, Class<?> eventType, Function<Object, Object> handler) {
        return new RecordingFunction(name, eventType, event -> Invocation.succeeded(handler.apply(event)));
    }

    /** A function whose every invocation fails as Lambda reports it. */
    static RecordingFunction failing(String name, Class<?> eventType, Invocation.FunctionError error) {
        return new RecordingFunction(name, eventType, event -> Invocation.failed(error));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Class<?> eventType() {
        return eventType;
    }

    @Override
    public Invocation invoke(Object event) {
        events.add(event);
        return behaviour.apply(event);
    }

    List<Object> events() {
        return events;
    }

    /** The one event this function got, as the class its handler takes. */
    <T> T onlyEvent(Class<T> type) {
        if (events.size() != 1) {
            throw new AssertionError("expected one invocation of '" + name + "', got " + events.size());
        }
        return type.cast(events.get(0));
    }
}
