package workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackClientTest {

    @Test
    void signsLikeSlack() {
        // Expected value computed independently:
        // printf 'v0:1700000000:command=%2Fcount&text=hello+world' | openssl dgst -sha256 -hmac local-signing-secret
        String signature = SlackClient.signature("local-signing-secret", "1700000000", "command=%2Fcount&text=hello+world");

        assertThat(signature).isEqualTo("v0=fa820bce8e6427747d55ad6f3e4db86e972e1acb3f71a45c443d08291a16e8f8");
    }

    @Test
    void anotherSecretGivesAnotherSignature() {
        assertThat(SlackClient.signature("other-secret", "1700000000", "command=%2Fcount&text=hello+world"))
                .isNotEqualTo(SlackClient.signature("local-signing-secret", "1700000000", "command=%2Fcount&text=hello+world"));
    }
}
