package workshop.testing;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A Lambda {@link Context} whose logger keeps what the handler logged, for the tests of every pipeline. */
public final class RecordingContexts {

    private RecordingContexts() {
    }

    public static Context recording(List<String> log) {
        Context context = mock(Context.class);
        LambdaLogger logger = mock(LambdaLogger.class);
        doAnswer(call -> log.add(call.getArgument(0))).when(logger).log(anyString());
        when(context.getLogger()).thenReturn(logger);
        return context;
    }

    /** A log the handler may write from several threads. */
    public static List<String> newLog() {
        return new CopyOnWriteArrayList<>();
    }
}
