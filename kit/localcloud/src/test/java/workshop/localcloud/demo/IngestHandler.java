package workshop.localcloud.demo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import workshop.support.AwsClients;
import workshop.support.Env;

/** Demo app, HTTP → Kinesis: {@code POST /notes} with a JSON array of notes puts one record per note. */
public class IngestHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final int MAX_ATTEMPTS = 10;

    private final KinesisClient kinesis = AwsClients.kinesis();
    private final String streamName = Env.required("STREAM_NAME");

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        List<PutRecordsRequestEntry> pending = new ArrayList<>();
        for (var element : JsonParser.parseString(request.getBody()).getAsJsonArray()) {
            JsonObject note = element.getAsJsonObject();
            pending.add(PutRecordsRequestEntry.builder()
                    .partitionKey(note.get("id").getAsString())
                    .data(SdkBytes.fromUtf8String(note.toString()))
                    .build());
        }
        int total = pending.size();
        for (int attempt = 1; attempt <= MAX_ATTEMPTS && !pending.isEmpty(); attempt++) {
            List<PutRecordsRequestEntry> batch = pending;
            PutRecordsResponse response = kinesis.putRecords(r -> r.streamName(streamName).records(batch));
            pending = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (response.records().get(i).errorCode() != null) {
                    pending.add(batch.get(i));
                }
            }
        }
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(pending.isEmpty() ? 200 : 503)
                .withBody(new Gson().toJson(Map.of("received", total, "failed", pending.size())));
    }
}
