package dev.parallax.core.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.digest.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimGroupTest {

    private static ClaimGroup.Member member(String article, String text) {
        return new ClaimGroup.Member(article, new Sentence(0, new Span(0, text.length()), text, new float[] {1}));
    }

    @Test
    void aDatedDatelineIsLeftOutOfTheClaimAndItsSpans() {
        String filed = "Lagos, March 3 Nigeria confirmed that the border would reopen.";
        String plain = "Nigeria confirmed the border would reopen on Monday.";
        ClaimGroup.Member a = member("a", filed);
        ClaimGroup group = new ClaimGroup(List.of(a, member("b", plain)), a, 2);

        Claim claim = group.toClaim();

        assertThat(claim.text()).isEqualTo("Nigeria confirmed that the border would reopen.");
        assertThat(filed.substring(claim.sources().get(0).start(), claim.sources().get(0).end())).isEqualTo(claim.text());
        assertThat(claim.sources().get(1).start()).isZero();
    }

    @Test
    void aSpeakerBeforeAColonStaysInTheClaim() {
        String text = "Okafor: the border will reopen on Monday.";
        ClaimGroup.Member a = member("a", text);

        assertThat(new ClaimGroup(List.of(a), a, 1).toClaim().text()).isEqualTo(text);
    }
}
