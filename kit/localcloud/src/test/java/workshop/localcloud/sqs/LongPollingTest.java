package workshop.localcloud.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/** Long polling waits in real time, so these tests use the system clock. */
class LongPollingTest {

    private final LocalSqs sqs = new LocalSqs("eu-west-1", "123456789012", Clock.systemUTC());
    private String url;

    @BeforeEach
    void createQueue() {
        url = sqs.createQueue(queue -> queue.queueName("orders")).queueUrl();
    }

    @AfterEach
    void closeSqs() {
        sqs.close();
    }

    @Test
    void aWaitingReceiveReturnsAsSoonAsAMessageIsSent() throws Exception {
        long started = System.nanoTime();
        CompletableFuture<List<Message>> receive = CompletableFuture.supplyAsync(() ->
                sqs.receiveMessage(request -> request.queueUrl(url).waitTimeSeconds(20)).messages());
        awaitWaitingReceiver();

        sqs.sendMessage(message -> message.queueUrl(url).messageBody("wake up"));

        List<Message> received = receive.get(5, TimeUnit.SECONDS); // far below the 20 s wait
        assertThat(received).extracting(Message::body).containsExactly("wake up");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theQueueDefaultWaitTimeMakesEveryReceiveALongPoll() throws Exception {
        String longPolled = sqs.createQueue(queue -> queue.queueName("long-polled")
                .attributesWithStrings(java.util.Map.of("ReceiveMessageWaitTimeSeconds", "20"))).queueUrl();
        CompletableFuture<List<Message>> receive = CompletableFuture.supplyAsync(() ->
                sqs.receiveMessage(request -> request.queueUrl(longPolled)).messages());
        awaitWaitingReceiver(longPolled);

        sqs.sendMessage(message -> message.queueUrl(longPolled).messageBody("wake up"));

        assertThat(receive.get(5, TimeUnit.SECONDS)).hasSize(1);
    }

    @Test
    void anEmptyLongPollReturnsEmptyAfterItsWaitTime() {
        long started = System.nanoTime();

        List<Message> received = sqs.receiveMessage(request -> request.queueUrl(url).waitTimeSeconds(1)).messages();

        assertThat(received).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void closingTheClientEndsWaitingReceives() throws Exception {
        CompletableFuture<List<Message>> receive = CompletableFuture.supplyAsync(() ->
                sqs.receiveMessage(request -> request.queueUrl(url).waitTimeSeconds(20)).messages());
        awaitWaitingReceiver();

        sqs.close();

        assertThat(receive.get(5, TimeUnit.SECONDS)).isEmpty();
    }

    private void awaitWaitingReceiver() {
        awaitWaitingReceiver(url);
    }

    /** Makes sure the send happens while the receive waits, so the test proves a wake-up. */
    private void awaitWaitingReceiver(String queueUrl) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!sqs.hasWaitingReceivers(queueUrl)) {
            assertThat(System.nanoTime()).as("receive started waiting within 5 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
