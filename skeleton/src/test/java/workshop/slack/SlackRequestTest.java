package workshop.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SlackRequestTest {

    @Test
    void aSlashCommandBodyIsParsed() {
        SlackRequest request = SlackRequest.parse(("token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&channel_name=test"
                + "&user_name=Steve&command=%2Fweather&text=94070+%C3%A9t%C3%A9%26more"
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1234%2F5678").getBytes(StandardCharsets.UTF_8));

        assertThat(request.isSlashCommand()).isTrue();
        assertThat(request.text()).isEqualTo("94070 été&more");
        assertThat(request.userName()).isEqualTo("Steve");
        assertThat(request.field("response_url")).contains("https://hooks.slack.com/commands/1234/5678");
        assertThat(request.triggerWord()).isEmpty();
    }

    @Test
    void anOutgoingWebhookBodyIsParsed() {
        SlackRequest request = SlackRequest.parse(
                "token=x&team_id=T0001&user_name=Steve&text=count+hello+world&trigger_word=count".getBytes(StandardCharsets.UTF_8));

        assertThat(request.isSlashCommand()).isFalse();
        assertThat(request.text()).isEqualTo("count hello world");
        assertThat(request.triggerWord()).contains("count");
    }

    @Test
    void aBase64BodyIsDecodedToTheBytesSlackSigned() {
        String form = "text=h%C3%A9llo+world&command=%2Fcount";
        String base64 = Base64.getEncoder().encodeToString(form.getBytes(StandardCharsets.UTF_8));

        assertThat(SlackRequest.rawBody(base64, true)).isEqualTo(form.getBytes(StandardCharsets.UTF_8));
        assertThat(SlackRequest.rawBody(form, false)).isEqualTo(form.getBytes(StandardCharsets.UTF_8));
        assertThat(SlackRequest.rawBody(null, false)).isEmpty();
    }

    @Test
    void oddFormsDoNotBreakParsing() {
        SlackRequest request = SlackRequest.parse("&&text&text=second&=x".getBytes(StandardCharsets.UTF_8));

        assertThat(request.text()).isEmpty();
        assertThat(request.isSlashCommand()).isFalse();
    }
}
