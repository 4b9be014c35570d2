package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** {@link ErrorTable}'s reading side: entries back from items, and one page at a time. */
class ErrorTableListingTest {

    private static final Instant TIME = Instant.parse("2025-01-01T12:00:00Z");

    private final DynamoDbClient dynamoDb = mock(DynamoDbClient.class);
    private final ErrorTable table = new ErrorTable(dynamoDb, "movie-errors-test");

    @Test
    void anEntryComesBackFromItsItem() {
        ErrorEntry record = ErrorEntry.forRecord("shardId-000000000000", "4960", "tt0000002",
                "{\"id\":\"Café\"}".getBytes(StandardCharsets.UTF_8), "id is not a title id", TIME);
        ErrorEntry page = ErrorEntry.forPage("https://example.org/movies?page=2", "no listing table", "<html>…", TIME);

        assertThat(ErrorTable.fromItem(ErrorTable.toItem(record))).isEqualTo(record);
        assertThat(ErrorTable.fromItem(ErrorTable.toItem(page))).isEqualTo(page);
    }

    @Test
    void aPageIsOneBoundedScanFromTheStartKey() {
        ErrorEntry entry = ErrorEntry.forPage("https://example.org/movies", "no listing table", "", TIME);
        Map<String, AttributeValue> startKey = Map.of("id", AttributeValue.fromS("page#https://example.org/a"));
        Map<String, AttributeValue> lastKey = Map.of("id", AttributeValue.fromS(entry.id()));
        when(dynamoDb.scan(any(ScanRequest.class))).thenReturn(ScanResponse.builder()
                .items(ErrorTable.toItem(entry)).lastEvaluatedKey(lastKey).build());

        TablePage<ErrorEntry> result = table.page(1, startKey);

        assertThat(result.items()).containsExactly(entry);
        assertThat(result.lastEvaluatedKey()).isEqualTo(lastKey);
        ArgumentCaptor<ScanRequest> scan = ArgumentCaptor.forClass(ScanRequest.class);
        verify(dynamoDb).scan(scan.capture());
        assertThat(scan.getValue().tableName()).isEqualTo("movie-errors-test");
        assertThat(scan.getValue().limit()).isEqualTo(1);
        assertThat(scan.getValue().exclusiveStartKey()).isEqualTo(startKey);
    }

    @Test
    void aStartKeyOfTheErrorTableIsAStringIdAndNothingElse() {
        assertThat(ErrorTable.isKey(Map.of("id", AttributeValue.fromS("record#shardId-000000000000#4960")))).isTrue();
        assertThat(ErrorTable.isKey(Map.of("id", AttributeValue.fromN("4960")))).isFalse();
        assertThat(ErrorTable.isKey(Map.of("id", AttributeValue.fromS("tt0292215"), "startYear", AttributeValue.fromN("2002")))).isFalse();
        assertThat(ErrorTable.isKey(Map.of())).isFalse();
    }
}
