package workshop.movies;

import java.util.List;

/**
 * What {@link MovieStreamPublisher#publish} achieved.
 *
 * @param published   movies accepted by Kinesis
 * @param unpublished movies that are not on the stream, each with its last error
 * @param requests    PutRecords calls made, retries included (the SDK's own retries of one call not counted)
 */
public record PublishResult(int published, List<UnpublishedMovie> unpublished, int requests) {

    public PublishResult {
        unpublished = List.copyOf(unpublished);
    }
}
