package workshop.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.PublishResponse;
import workshop.testing.RecordingContexts;

class SlackCounterHandlerTest {

    @RegisterExtension
    static final WordsTableExtension TABLE = new WordsTableExtension();

    private static final String SECRET = "test-secret";
    private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
    private static final SlackSignature SIGNER = new SlackSignature(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    private final SnsClient sns = mock(SnsClient.class);

    @Test
    void aSignedBase64SlashCommandIsCountedPublishedAndAnsweredInTheChannel() {
        when(sns.publish(any(PublishRequest.class))).thenReturn(PublishResponse.builder().messageId("sns-1").build());
        String body = SignedSlackPoster.slashCommandBody("Ship it, ship IT!");

        APIGatewayV2HTTPResponse response = handler(TABLE.client()).handleRequest(signedEvent(body, true),
                RecordingContexts.recording(RecordingContexts.newLog()));

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonObject reply = JsonParser.parseString(response.getBody()).getAsJsonObject();
        assertThat(reply.get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(reply.get("text").getAsString()).isEqualTo("ship: 2, it: 2");
        ArgumentCaptor<PublishRequest> published = ArgumentCaptor.forClass(PublishRequest.class);
        verify(sns).publish(published.capture());
        assertThat(published.getValue().topicArn()).isEqualTo("arn:topic");
        WordsMessage message = WordsMessage.fromJson(published.getValue().message());
        assertThat(message.words()).containsExactly(Map.entry("ship", 2), Map.entry("it", 2));
        assertThat(message.messageId()).isNotBlank();
    }

    @Test
    void anOutgoingWebhookIsAnsweredWithTextOnlyAndItsTriggerWordIsNotCounted() {
        when(sns.publish(any(PublishRequest.class))).thenReturn(PublishResponse.builder().messageId("sns-2").build());
        String body = SignedSlackPoster.form(Map.of("token", "x", "user_name", "ada",
                "text", "tally webhook words", "trigger_word", "tally"));

        APIGatewayV2HTTPResponse response = handler(TABLE.client()).handleRequest(signedEvent(body, true),
                RecordingContexts.recording(RecordingContexts.newLog()));

        JsonObject reply = JsonParser.parseString(response.getBody()).getAsJsonObject();
        assertThat(reply.has("response_type")).isFalse();
        assertThat(reply.get("text").getAsString()).isEqualTo("webhook: 1, words: 1");
        assertThat(TABLE.count("tally")).isZero();
    }

    @Test
    void aForgedRequestIsRefusedBeforeAnyWriteOrPublish() {
        DynamoDbClient dynamoDb = mock(DynamoDbClient.class);
        String body = SignedSlackPoster.slashCommandBody("forged");
        APIGatewayV2HTTPEvent event = signedEvent(body, true);
        event.setBody(Base64.getEncoder().encodeToString(SignedSlackPoster.slashCommandBody("forged twice").getBytes(StandardCharsets.UTF_8)));

        APIGatewayV2HTTPResponse response = handler(dynamoDb).handleRequest(event, RecordingContexts.recording(RecordingContexts.newLog()));

        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(response.getBody()).isEqualTo("{\"text\":\"Refused: invalid X-Slack-Signature\"}");
        verifyNoInteractions(dynamoDb, sns);
    }

    @Test
    void anEmptyMessageGetsAFriendlyAnswerAndNothingIsWritten() {
        DynamoDbClient dynamoDb = mock(DynamoDbClient.class);

        APIGatewayV2HTTPResponse response = handler(dynamoDb).handleRequest(
                signedEvent(SignedSlackPoster.slashCommandBody(""), true), RecordingContexts.recording(RecordingContexts.newLog()));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).contains("Give me some words to count");
        verifyNoInteractions(dynamoDb, sns);
    }

    private SlackCounterHandler handler(DynamoDbClient dynamoDb) {
        return new SlackCounterHandler(SIGNER, new WordCounter(dynamoDb, WordsTableExtension.TABLE), sns, "arn:topic");
    }

    /** The event an HTTP API builds for a form post: lower-case headers, body base64 encoded. */
    private static APIGatewayV2HTTPEvent signedEvent(String form, boolean base64) {
        byte[] bytes = form.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(NOW.getEpochSecond());
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setHeaders(Map.of(
                "content-type", "application/x-www-form-urlencoded",
                "x-slack-request-timestamp", timestamp,
                "x-slack-signature", SIGNER.sign(timestamp, bytes)));
        event.setBody(base64 ? Base64.getEncoder().encodeToString(bytes) : form);
        event.setIsBase64Encoded(base64);
        return event;
    }
}
