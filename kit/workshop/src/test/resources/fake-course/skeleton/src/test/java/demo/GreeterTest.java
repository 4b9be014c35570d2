package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class GreeterTest {

    @Test
    void greetsByName() {
        assertEquals("Hello, Ada!", new Greeter().greet("Ada"));
    }

    @Test
    void readsItsResource() throws IOException {
        try (InputStream in = GreeterTest.class.getResourceAsStream("/greeting.txt")) {
            assertEquals("greetings from a test resource\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    @Disabled("shows as skipped")
    void notYet() {
    }
}
