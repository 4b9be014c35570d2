package workshop.localcloud.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import workshop.localcloud.dynamodb.LocalDynamoDb;

/**
 * Baseline for the fresh-JVM start-up figure of {@code scripts/bench-localcloud.sh}: a JVM that only
 * starts DynamoDB Local embedded (the local cloud's one heavy part) and then writes the file named
 * by its argument, as {@code ./workshop up} writes its cloud.json once ready. The script times both
 * the same way: from launching the process to the file appearing.
 */
public final class DynamoDbLocalStart {

    private DynamoDbLocalStart() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DynamoDbLocalStart READY_FILE");
        }
        LocalDynamoDb dynamoDb = LocalDynamoDb.start();
        Path ready = Path.of(args[0]);
        Path partial = ready.resolveSibling(ready.getFileName() + ".tmp");
        Files.writeString(partial, String.valueOf(dynamoDb.startupTime().toMillis()));
        Files.move(partial, ready);
        dynamoDb.close();
        System.exit(0);
    }
}
