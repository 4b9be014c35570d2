package workshop.crawler;

import workshop.router.MessageRouter;
import workshop.router.MessageSender;
import workshop.router.RunLedger;

/**
 * Where the crawler's Lambda handlers get the router's parts from their environment: the one place
 * that knows the router's constructors.
 *
 * <p>TODO(integrator): the router (workshop.router) was written in parallel with the crawler; its
 * constructors and implementations were not there yet. Replace the three bodies below with them.
 * Environment of both functions: STREAM_NAME (router-stream), RUNTIME_TABLE (router-runtime); of the
 * crawler function also ERROR_TABLE (router-errors). Clients: AwsClients.kinesis(), AwsClients.dynamoDb().
 */
final class RouterWiring {

    private RouterWiring() {
    }

    /** The router of the crawler function: stream STREAM_NAME, runtime table RUNTIME_TABLE, errors to ERROR_TABLE. */
    static MessageRouter router() {
        // TODO(integrator): e.g. new MessageRouter(AwsClients.kinesis(), Env.required("STREAM_NAME"),
        //  <run ledger on Env.required("RUNTIME_TABLE")>, new ErrorTable(AwsClients.dynamoDb(), Env.required("ERROR_TABLE")), Clock.systemUTC())
        return new MessageRouter();
    }

    /** The run ledger on the runtime table RUNTIME_TABLE. */
    static RunLedger runLedger() {
        // TODO(integrator): the router's DynamoDB RunLedger on Env.required("RUNTIME_TABLE").
        throw new UnsupportedOperationException("TODO(integrator): wire the router's RunLedger on RUNTIME_TABLE");
    }

    /** Puts messages on the stream STREAM_NAME, encoded as the router reads them. */
    static MessageSender sender() {
        // TODO(integrator): the router's Kinesis MessageSender on Env.required("STREAM_NAME").
        throw new UnsupportedOperationException("TODO(integrator): wire the router's MessageSender on STREAM_NAME");
    }
}
