package workshop.localcloud.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The {@code RequestItems} of one BatchWriteItem call, split in the writes that go to the table
 * and the writes handed back as {@code UnprocessedItems}, as DynamoDB does when a partition is
 * over its throughput.
 *
 * <p>Each write is left unprocessed on its own, with probability {@code share}, so a batch may come
 * back whole, partly or not at all, and the caller's retry loop has to cope with every case.
 */
record BatchWriteSplit(Map<String, List<WriteRequest>> toWrite, Map<String, List<WriteRequest>> unprocessed) {

    static BatchWriteSplit of(Map<String, List<WriteRequest>> requestItems, double share, RandomGenerator random) {
        Map<String, List<WriteRequest>> toWrite = new LinkedHashMap<>();
        Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
        requestItems.forEach((table, writes) -> {
            for (WriteRequest write : writes) {
                Map<String, List<WriteRequest>> side = random.nextDouble() < share ? unprocessed : toWrite;
                side.computeIfAbsent(table, name -> new ArrayList<>()).add(write);
            }
        });
        return new BatchWriteSplit(toWrite, unprocessed);
    }

    boolean nothingToWrite() {
        return toWrite.isEmpty();
    }

    /** The answer to the caller: what the table answered, plus the writes held back here. */
    BatchWriteItemResponse withHeldBackWrites(BatchWriteItemResponse written) {
        Map<String, List<WriteRequest>> allUnprocessed = new LinkedHashMap<>();
        written.unprocessedItems().forEach((table, writes) -> allUnprocessed.put(table, new ArrayList<>(writes)));
        unprocessed.forEach((table, writes) ->
                allUnprocessed.computeIfAbsent(table, name -> new ArrayList<>()).addAll(writes));
        return written.toBuilder().unprocessedItems(allUnprocessed).build();
    }
}
