package workshop.localcloud.kinesis;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The 128-bit hash key space of a stream: how a record's partition key becomes a hash key, and how
 * the space is split among shards.
 *
 * <p>Kinesis hashes the partition key with MD5 and reads the 16-byte digest as an unsigned integer;
 * the record goes to the shard whose range holds that integer. A producer may instead give an
 * {@code ExplicitHashKey} to choose the shard itself.
 */
final class HashKeySpace {

    /** 2^128: the number of hash keys. */
    static final BigInteger SIZE = BigInteger.ONE.shiftLeft(128);

    /** 2^128 - 1: the largest hash key. */
    static final BigInteger MAX_HASH_KEY = SIZE.subtract(BigInteger.ONE);

    private HashKeySpace() {
    }

    /** The hash key of a record: its explicit hash key if it has one, else MD5 of its partition key. */
    static BigInteger hashKeyOf(String partitionKey, String explicitHashKey) {
        return explicitHashKey != null ? new BigInteger(explicitHashKey) : md5(partitionKey);
    }

    /** MD5 of the key's UTF-8 bytes, read as an unsigned 128-bit integer (signum 1: never negative). */
    static BigInteger md5(String partitionKey) {
        return new BigInteger(1, md5Digest().digest(partitionKey.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Splits the space into {@code shardCount} contiguous ranges the way AWS does when it creates a
     * stream: each shard gets floor(2^128 / shardCount) keys and the last shard also takes the
     * remainder, so the ranges cover every key from 0 to 2^128 - 1 with no gap and no overlap.
     */
    static List<HashRange> split(int shardCount) {
        BigInteger keysPerShard = SIZE.divide(BigInteger.valueOf(shardCount));
        List<HashRange> ranges = new ArrayList<>(shardCount);
        for (int i = 0; i < shardCount; i++) {
            BigInteger start = keysPerShard.multiply(BigInteger.valueOf(i));
            boolean last = i == shardCount - 1;
            BigInteger end = last ? MAX_HASH_KEY : start.add(keysPerShard).subtract(BigInteger.ONE);
            ranges.add(new HashRange(start, end));
        }
        return ranges;
    }

    private static MessageDigest md5Digest() {
        try {
            // A new instance per call: MessageDigest is not thread-safe, and creating one is cheap.
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides MD5", e);
        }
    }
}
