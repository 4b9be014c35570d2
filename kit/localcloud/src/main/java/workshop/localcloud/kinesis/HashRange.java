package workshop.localcloud.kinesis;

import java.math.BigInteger;
import software.amazon.awssdk.services.kinesis.model.HashKeyRange;

/**
 * The hash keys one shard owns: every key from {@code start} to {@code end}, both included, as
 * unsigned 128-bit integers.
 */
record HashRange(BigInteger start, BigInteger end) {

    boolean contains(BigInteger hashKey) {
        return hashKey.compareTo(start) >= 0 && hashKey.compareTo(end) <= 0;
    }

    /** The SDK's form: AWS writes hash keys as decimal strings, they do not fit in a long. */
    HashKeyRange toSdk() {
        return HashKeyRange.builder()
                .startingHashKey(start.toString())
                .endingHashKey(end.toString())
                .build();
    }
}
