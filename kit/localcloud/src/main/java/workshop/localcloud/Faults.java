package workshop.localcloud;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import workshop.localcloud.streams.StreamFaults;

/**
 * The local cloud's fault injection switches, for teaching and testing the failure paths that AWS
 * produces under load: each takes the share (0..1) of operations that misbehave, 0 turns it off.
 * The random choices come from one seeded generator, so a failing test can be repeated.
 */
public final class Faults {

    private final LocalServices services;
    private final StreamFaults streams;
    private final RandomGeneratorFactory<RandomGenerator> randoms = RandomGeneratorFactory.of("L64X128MixRandom");
    private long seed;

    Faults(LocalServices services, StreamFaults streams, long seed) {
        this.services = services;
        this.streams = streams;
        this.seed = seed;
    }

    /** Kinesis put entries fail with {@code ProvisionedThroughputExceededException} (and are not stored). */
    public Faults throttleKinesisPuts(double share) {
        services.localKinesis().throttlePuts(share, nextRandom());
        return this;
    }

    /** Records already processed by a stream consumer are delivered to it once more. */
    public Faults redeliverStreamRecords(double share) {
        streams.redeliver(share, nextRandom());
        return this;
    }

    /** SNS deliveries happen twice, with the same message id. */
    public Faults redeliverSnsMessages(double share) {
        services.localSns().redeliver(share, nextRandom());
        return this;
    }

    /** {@code BatchWriteItem} leaves this share of its items unwritten and returns them in {@code UnprocessedItems}. */
    public Faults returnUnprocessedItems(double share) {
        services.localDynamoDb().interceptor().unprocessedItems(share, nextRandom());
        return this;
    }

    /** Turns every switch off. */
    public Faults none() {
        return throttleKinesisPuts(0).redeliverStreamRecords(0).redeliverSnsMessages(0).returnUnprocessedItems(0);
    }

    private synchronized RandomGenerator nextRandom() {
        return randoms.create(seed++);
    }
}
