package workshop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a fixture checks besides the response: the calls the stub answered during the invocation. */
class InvocationTest {

    @Test
    void theCallsAFixtureListsMustBeMadeExactlyAndInOrder() {
        Invocation invocation = new Invocation("{}", Map.of(), JsonNull.INSTANCE,
                List.of("DynamoDB.TransactWriteItems", "Kinesis.PutRecords"));

        assertThat(invocation.problemWithCalls(List.of("DynamoDB.TransactWriteItems", "Kinesis.PutRecords"))).isEmpty();
        assertThat(invocation.problemWithCalls(List.of("Kinesis.PutRecords", "DynamoDB.TransactWriteItems")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("expected the calls"));
        assertThat(invocation.problemWithCalls(List.of("DynamoDB.TransactWriteItems", "DynamoDB.PutItem")))
                .isPresent();
        assertThat(invocation.problemWithCalls(List.of("DynamoDB.TransactWriteItems")))
                .isPresent();
    }

    @Test
    void aFixtureWithoutExpectCallsDoesNotCheckThem() {
        Invocation invocation = Fixture.of("movieApi").orElseThrow()
                .prepare(URI.create("http://127.0.0.1:1"), Map.of(), Instant.EPOCH);

        assertThat(invocation.expectedCalls()).isNull();
        assertThat(invocation.problemWithCalls(List.of("DynamoDB.Scan"))).isEmpty();
    }
}
