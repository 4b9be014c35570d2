package workshop.localcloud.kinesis;

import workshop.localcloud.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static workshop.localcloud.kinesis.KinesisTestSupport.START;
import static workshop.localcloud.kinesis.KinesisTestSupport.bytes;
import static workshop.localcloud.kinesis.KinesisTestSupport.expectError;
import static workshop.localcloud.kinesis.KinesisTestSupport.storedCount;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

/** The limits of the API reference: a put that breaks one is refused whole and stores nothing. */
class PutLimitsTest {

    private static final int ONE_MIB = 1024 * 1024;

    private final LocalKinesis kinesis = KinesisTestSupport.kinesisWithStream(new MutableClock(START), "orders", 2);

    @Test
    void acceptsFiveHundredEntriesButNotFiveHundredAndOne() {
        assertThat(kinesis.putRecords(b -> b.streamName("orders").records(entries(500))).failedRecordCount()).isZero();

        ValidationException error = expectError(ValidationException.class, "ValidationException",
                () -> kinesis.putRecords(b -> b.streamName("orders").records(entries(501))));

        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value at 'records' "
                + "failed to satisfy constraint: Member must have length less than or equal to 500");
        assertThat(storedCount(kinesis, "orders")).isEqualTo(500);
    }

    @Test
    void refusesAnEmptyPutRecords() {
        expectError(ValidationException.class, "ValidationException",
                () -> kinesis.putRecords(b -> b.streamName("orders").records(List.of())));
    }

    @Test
    void refusesARecordWhoseDataIsOverOneMebibyte() {
        SdkBytes tooLarge = SdkBytes.fromByteArray(new byte[ONE_MIB + 1]);

        ValidationException single = expectError(ValidationException.class, "ValidationException",
                () -> kinesis.putRecord(b -> b.streamName("orders").partitionKey("k").data(tooLarge)));
        ValidationException inBatch = expectError(ValidationException.class, "ValidationException",
                () -> kinesis.putRecords(b -> b.streamName("orders").records(
                        entry("k", bytes("fine")), entry("k", tooLarge))));

        assertThat(single.awsErrorDetails().errorMessage()).contains("at 'data'", "less than or equal to 1048576");
        assertThat(inBatch.awsErrorDetails().errorMessage()).contains("at 'records.2.member.data'");
        assertThat(storedCount(kinesis, "orders")).as("the valid first entry is not stored either").isZero();
    }

    @Test
    void countsThePartitionKeyInTheOneMebibyteRecordLimit() {
        SdkBytes fitsWithOneByteKey = SdkBytes.fromByteArray(new byte[ONE_MIB - 1]);
        SdkBytes oneMebibyte = SdkBytes.fromByteArray(new byte[ONE_MIB]);

        kinesis.putRecord(b -> b.streamName("orders").partitionKey("k").data(fitsWithOneByteKey));
        expectError(ValidationException.class, "ValidationException",
                () -> kinesis.putRecord(b -> b.streamName("orders").partitionKey("k").data(oneMebibyte)));
        expectError(ValidationException.class, "ValidationException",
                () -> kinesis.putRecords(b -> b.streamName("orders").records(entry("k", oneMebibyte))));

        assertThat(storedCount(kinesis, "orders")).isEqualTo(1);
    }

    @Test
    void refusesAPutRecordsRequestOverFiveMebibytes() {
        // Each record is exactly 1 MiB with its one-byte key: five fill the request, six are too many.
        SdkBytes data = SdkBytes.fromByteArray(new byte[ONE_MIB - 1]);
        List<PutRecordsRequestEntry> five = IntStream.range(0, 5).mapToObj(i -> entry("k", data)).toList();
        List<PutRecordsRequestEntry> six = IntStream.range(0, 6).mapToObj(i -> entry("k", data)).toList();

        assertThat(kinesis.putRecords(b -> b.streamName("orders").records(five)).failedRecordCount()).isZero();
        InvalidArgumentException error = expectError(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.putRecords(b -> b.streamName("orders").records(six)));

        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Records size exceeds 5 MB limit");
        assertThat(storedCount(kinesis, "orders")).isEqualTo(5);
    }

    @Test
    void acceptsPartitionKeysOfOneTo256UnicodeCharacters() {
        String longest = "k".repeat(256);
        // 256 characters but 512 UTF-8 bytes: the limit counts characters.
        String longestAccented = "é".repeat(256);

        kinesis.putRecord(b -> b.streamName("orders").partitionKey("k").data(bytes("x")));
        kinesis.putRecord(b -> b.streamName("orders").partitionKey(longest).data(bytes("x")));
        kinesis.putRecord(b -> b.streamName("orders").partitionKey(longestAccented).data(bytes("x")));

        assertThat(storedCount(kinesis, "orders")).isEqualTo(3);
    }

    @Test
    void refusesAPartitionKeyOf257CharactersOrNone() {
        String tooLong = "k".repeat(257);

        ValidationException single = expectError(ValidationException.class, "ValidationException",
                () -> kinesis.putRecord(b -> b.streamName("orders").partitionKey(tooLong).data(bytes("x"))));
        ValidationException inBatch = expectError(ValidationException.class, "ValidationException",
                () -> kinesis.putRecords(b -> b.streamName("orders").records(
                        entry("fine", bytes("x")), entry(tooLong, bytes("x")))));
        expectError(ValidationException.class, "ValidationException",
                () -> kinesis.putRecord(b -> b.streamName("orders").partitionKey("").data(bytes("x"))));
        expectError(ValidationException.class, "ValidationException",
                () -> kinesis.putRecord(b -> b.streamName("orders").data(bytes("x"))));

        assertThat(single.awsErrorDetails().errorMessage())
                .isEqualTo("1 validation error detected: Value '" + tooLong + "' at 'partitionKey' failed to satisfy "
                        + "constraint: Member must have length less than or equal to 256");
        assertThat(inBatch.awsErrorDetails().errorMessage()).contains("at 'records.2.member.partitionKey'");
        assertThat(storedCount(kinesis, "orders")).isZero();
    }

    @Test
    void refusesRecordsWithoutData() {
        expectError(ValidationException.class, "ValidationException",
                () -> kinesis.putRecord(b -> b.streamName("orders").partitionKey("k")));
        assertThat(storedCount(kinesis, "orders")).isZero();
    }

    @Test
    void refusesPutsToAStreamThatDoesNotExist() {
        ResourceNotFoundException error = expectError(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> kinesis.putRecord(b -> b.streamName("missing").partitionKey("k").data(bytes("x"))));
        expectError(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> kinesis.putRecords(b -> b.streamName("missing").records(entries(3))));

        assertThat(error.awsErrorDetails().errorMessage())
                .isEqualTo("Stream missing under account 123456789012 not found.");
    }

    private static List<PutRecordsRequestEntry> entries(int count) {
        List<PutRecordsRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(entry("key-" + i, bytes("record " + i)));
        }
        return entries;
    }

    private static PutRecordsRequestEntry entry(String partitionKey, SdkBytes data) {
        return PutRecordsRequestEntry.builder().partitionKey(partitionKey).data(data).build();
    }
}
