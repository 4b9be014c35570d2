package workshop.localcloud.functions.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import workshop.support.Env;

/** Answers with what it saw: its greeting variable, the context's names, and how often it ran. */
public class EchoHandler implements RequestHandler<Map<String, String>, String> {

    private final String greeting = Env.required("GREETING");
    private int calls;

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        calls++;
        context.getLogger().log("hello from the logger");
        System.out.println("hello from System.out");
        return greeting + " " + event.get("name") + " #" + calls + " " + context.getFunctionName()
                + " " + context.getInvokedFunctionArn();
    }
}
