package workshop.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aRootHasNoParentAndDepthZero() {
        Envelope root = Envelope.root("m1", "r1", T);

        assertThat(root.parentId()).isNull();
        assertThat(root.depth()).isZero();
    }

    @Test
    void aChildIsOneHopDeeperInTheSameRun() {
        Envelope child = Envelope.root("m1", "r1", T).child("m2", T.plusSeconds(1)).child("m3", T.plusSeconds(2));

        assertThat(child).isEqualTo(new Envelope("m3", "r1", T.plusSeconds(2), "m2", 2));
    }

    @Test
    void refusesWhatCannotBeAMessage() {
        assertThatThrownBy(() -> Envelope.root(" ", "r", T)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Envelope.root("m", "", T)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Envelope.root(null, "r", T)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Envelope("m", "r", T, "p", 0)).hasMessageContaining("no parent");
        assertThatThrownBy(() -> new Envelope("m", "r", T, null, 1)).hasMessageContaining("no parent");
        assertThatThrownBy(() -> new Envelope("m", "r", T, "p", -1)).hasMessageContaining("negative");
    }

    @Test
    void anIdIsAPartitionKeySoAtMost256Characters() {
        assertThat(Envelope.root("x".repeat(256), "r", T).messageId()).hasSize(256);
        assertThatThrownBy(() -> Envelope.root("x".repeat(257), "r", T)).hasMessageContaining("partition key");
    }

    @Test
    void childIdsAreDerivedFromParentHandlerAndIndex() {
        String id = MessageIds.child("parent", "pageUrl#0", 0);

        assertThat(MessageIds.child("parent", "pageUrl#0", 0)).isEqualTo(id);
        assertThat(MessageIds.child("parent", "pageUrl#0", 1)).isNotEqualTo(id);
        assertThat(MessageIds.child("parent", "pageUrl#1", 0)).isNotEqualTo(id);
        assertThat(MessageIds.child("other", "pageUrl#0", 0)).isNotEqualTo(id);
        // Concatenation alone would make these two equal.
        assertThat(MessageIds.child("ab", "c", 0)).isNotEqualTo(MessageIds.child("a", "bc", 0));
        assertThat(MessageIds.random()).isNotEqualTo(MessageIds.random());
    }
}
