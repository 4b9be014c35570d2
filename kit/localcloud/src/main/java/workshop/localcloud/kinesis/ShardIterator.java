package workshop.localcloud.kinesis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A position in a shard, handed to the client as an opaque string.
 *
 * <p>On AWS a shard iterator is an encrypted token that expires five minutes after it was issued.
 * Ours is Base64 text: opaque enough for clients, which must not look inside, and easy to decode
 * when debugging. It carries everything GetRecords needs, so the service keeps no state per
 * iterator.
 *
 * @param streamName       the stream it reads
 * @param streamGeneration which stream of that name (see {@link LocalStream})
 * @param shardIndex       which shard
 * @param position         the index of the next record to read (see {@link LocalShard})
 * @param issuedAt         when it was handed out: it expires {@link #LIFETIME} later
 */
record ShardIterator(String streamName, long streamGeneration, int shardIndex, int position, Instant issuedAt) {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    private static final String VERSION = "v1";
    private static final String SEPARATOR = "/";

    /** True once more than five minutes have passed since the iterator was issued. */
    boolean expiredAt(Instant now) {
        return Duration.between(issuedAt, now).compareTo(LIFETIME) > 0;
    }

    /** The iterator for the next read: same shard, a later position, a new five minutes. */
    ShardIterator next(int nextPosition, Instant now) {
        return new ShardIterator(streamName, streamGeneration, shardIndex, nextPosition, now);
    }

    String encode() {
        // The stream name goes last: it is the only part that is not a number (it cannot hold a '/').
        String plain = String.join(SEPARATOR, VERSION, Long.toString(streamGeneration), Integer.toString(shardIndex),
                Integer.toString(position), Long.toString(issuedAt.toEpochMilli()), streamName);
        return Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads an iterator {@link #encode()} wrote; empty for anything else. */
    static Optional<ShardIterator> decode(String text) {
        try {
            String plain = new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = plain.split(SEPARATOR, 6);
            if (parts.length != 6 || !parts[0].equals(VERSION)) {
                return Optional.empty();
            }
            return Optional.of(new ShardIterator(parts[5], Long.parseLong(parts[1]), Integer.parseInt(parts[2]),
                    Integer.parseInt(parts[3]), Instant.ofEpochMilli(Long.parseLong(parts[4]))));
        } catch (IllegalArgumentException notOurs) {
            // Covers bad Base64 and NumberFormatException alike.
            return Optional.empty();
        }
    }
}
