package workshop.localcloud.functions.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.CountDownLatch;

/** Never finishes on its own: waits until interrupted, as a hung call would. */
public class SlowHandler implements RequestHandler<Object, String> {

    public static final CountDownLatch NEVER = new CountDownLatch(1);

    @Override
    public String handleRequest(Object event, Context context) {
        try {
            NEVER.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "finished";
    }
}
