package workshop.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvTest {

    @Test
    void functionEnvironmentIsSeenOnlyWhileItIsInstalled() {
        String inside = Env.runWith(Map.of("TABLE_NAME", "movie-course1"), () -> Env.required("TABLE_NAME"));

        assertThat(inside).isEqualTo("movie-course1");
        assertThat(Env.optional("TABLE_NAME")).isEmpty();
    }

    @Test
    void threadsStartedByAFunctionSeeItsEnvironment() throws Exception {
        String[] seen = new String[1];
        Env.runWith(Map.of("STREAM_NAME", "data-processing-stream-x"), () -> {
            Thread worker = new Thread(() -> seen[0] = Env.required("STREAM_NAME"));
            worker.start();
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });

        assertThat(seen[0]).isEqualTo("data-processing-stream-x");
    }

    @Test
    void missingVariableNamesTheVariableAndTheFix() {
        assertThatThrownBy(() -> Env.required("WORKSHOP_SURELY_NOT_SET"))
                .isInstanceOf(MissingEnvironmentVariableException.class)
                .hasMessageContaining("WORKSHOP_SURELY_NOT_SET")
                .hasMessageContaining("environment:");
    }

    @Test
    void blankCountsAsMissingAndFallbackApplies() {
        String value = Env.runWith(Map.of("SCRAP_URL", "  "), () -> Env.optional("SCRAP_URL", "http://127.0.0.1:8080/"));

        assertThat(value).isEqualTo("http://127.0.0.1:8080/");
    }

    @Test
    void nestedEnvironmentsRestoreTheOuterOne() {
        String outerAfterInner = Env.runWith(Map.of("A", "outer"), () -> {
            Env.runWith(Map.of("A", "inner"), () -> Env.required("A"));
            return Env.required("A");
        });

        assertThat(outerAfterInner).isEqualTo("outer");
    }
}
