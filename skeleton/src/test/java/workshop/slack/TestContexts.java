package workshop.slack;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A Lambda {@link Context} whose logger keeps what the handler logged. */
final class TestContexts {

    private TestContexts() {
    }

    static Context recording(List<String> log) {
        Context context = mock(Context.class);
        LambdaLogger logger = mock(LambdaLogger.class);
        org.mockito.Mockito.doAnswer(call -> log.add(call.getArgument(0))).when(logger).log(org.mockito.ArgumentMatchers.anyString());
        when(context.getLogger()).thenReturn(logger);
        return context;
    }

    static List<String> newLog() {
        return new CopyOnWriteArrayList<>();
    }
}
