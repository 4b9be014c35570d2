package workshop.localcloud.streams;

import workshop.localcloud.config.EventDefinition;

/**
 * The error-handling settings of one event source mapping, as Lambda names them.
 *
 * @param batchSize                  the most records per invocation
 * @param startingPosition           where a new mapping starts reading
 * @param maximumRetryAttempts       retries of a failed batch before its records are discarded; -1 = until they expire (here: forever)
 * @param bisectBatchOnFunctionError split a failed batch in two and retry the halves (splits do not consume retries)
 * @param reportBatchItemFailures    the function returns {@code batchItemFailures} instead of failing the whole batch
 */
public record StreamMappingSettings(
        int batchSize,
        String startingPosition,
        int maximumRetryAttempts,
        boolean bisectBatchOnFunctionError,
        boolean reportBatchItemFailures) {

    public static StreamMappingSettings of(EventDefinition.Stream stream) {
        return new StreamMappingSettings(stream.batchSize(), stream.startingPosition(),
                stream.maximumRetryAttempts(), stream.bisectBatchOnFunctionError(), stream.reportBatchItemFailures());
    }

    boolean retriesLeft(int retriesUsed) {
        return maximumRetryAttempts < 0 || retriesUsed < maximumRetryAttempts;
    }
}
