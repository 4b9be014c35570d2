package workshop.bench.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/**
 * The benchmark's baseline: the smallest handler there is, started exactly like the functions (same
 * probe, same JVM settings, an event read by the same serialisers). A function's cold start divided by
 * this one's is what its own code and libraries add to a JVM start on this machine.
 */
public class HelloWorldHandler implements RequestHandler<Map<String, Object>, String> {

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        return "Hello, " + event.getOrDefault("name", "world") + "!";
    }
}
