package workshop.localcloud.kinesis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code NextToken} of ListShards: where the next page starts. Like AWS's, it names the stream
 * itself (a request with a NextToken must not name one) and expires after 300 seconds.
 *
 * @param streamName       the stream being listed
 * @param streamGeneration which stream of that name (see {@link LocalStream})
 * @param nextShardIndex   the first shard of the next page
 * @param issuedAt         when the page that returned it was listed
 */
record ListShardsToken(String streamName, long streamGeneration, int nextShardIndex, Instant issuedAt) {

    static final Duration LIFETIME = Duration.ofSeconds(300);

    private static final String SEPARATOR = "/";

    boolean expiredAt(Instant now) {
        return Duration.between(issuedAt, now).compareTo(LIFETIME) > 0;
    }

    String encode() {
        String plain = String.join(SEPARATOR, Long.toString(streamGeneration), Integer.toString(nextShardIndex),
                Long.toString(issuedAt.toEpochMilli()), streamName);
        return Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<ListShardsToken> decode(String text) {
        try {
            String[] parts = new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8).split(SEPARATOR, 4);
            if (parts.length != 4) {
                return Optional.empty();
            }
            return Optional.of(new ListShardsToken(parts[3], Long.parseLong(parts[0]), Integer.parseInt(parts[1]),
                    Instant.ofEpochMilli(Long.parseLong(parts[2]))));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
