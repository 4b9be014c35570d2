package workshop.localcloud.functions.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Throws on every invocation. */
public class FailingHandler implements RequestHandler<Object, String> {

    @Override
    public String handleRequest(Object event, Context context) {
        throw new IllegalStateException("the table is not there");
    }
}
