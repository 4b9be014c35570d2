package workshop.localcloud.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;

/** Benchmark app, DynamoDB stream consumer: notes when each change (keyed by the item's id) arrives. */
public class TableConsumerHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            BenchReceipts.received(record.getDynamodb().getKeys().get("id").getS());
        }
        context.getLogger().log("saw " + event.getRecords().size() + " change(s)");
        return new StreamsEventResponse();
    }
}
