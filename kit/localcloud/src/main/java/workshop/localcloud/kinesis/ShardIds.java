package workshop.localcloud.kinesis;

/** Shard ids as AWS writes them: {@code shardId-} and the shard's index in twelve digits. */
final class ShardIds {

    private ShardIds() {
    }

    static String of(int shardIndex) {
        return String.format("shardId-%012d", shardIndex);
    }
}
