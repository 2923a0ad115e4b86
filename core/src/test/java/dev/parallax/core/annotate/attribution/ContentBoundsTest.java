package dev.parallax.core.annotate.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentBoundsTest {

    private static UnitTokens unit(String text) {
        return new UnitTokens(text, new Span(0, text.length()), List.of());
    }

    private static int index(UnitTokens u, String word) {
        for (int i = 0; i < u.t.size(); i++) {
            if (u.t.get(i).is(word)) {
                return i;
            }
        }
        throw new AssertionError(word);
    }

    @Test
    void aContentStopsBeforeTheJoinerOfAnAttributionReadBefore() {
        UnitTokens u = unit("The coach thanked the fans and said the season was over.");
        for (int i = index(u, "said"); i < u.t.size() - 1; i++) {
            u.taken[i] = true;                // "said the season was over" read first
        }
        assertThat(new ContentBounds(u).takenLimit(index(u, "fans") - 1)).isEqualTo(index(u, "and"));
    }

    @Test
    void aContentCutInsideAPhraseDoesNotEndOnAPreposition() {
        UnitTokens u = unit("The senator issued a statement after the governor spoke.");
        for (int i = index(u, "governor") - 1; i < u.t.size(); i++) {
            u.taken[i] = true;                // "the governor spoke" read first
        }
        assertThat(new ContentBounds(u).takenLimit(index(u, "a"))).isEqualTo(index(u, "after"));
    }

    @Test
    void aContentWithNothingTakenAfterItRunsToTheEnd() {
        UnitTokens u = unit("The coach thanked the fans.");
        assertThat(new ContentBounds(u).takenLimit(index(u, "thanked") + 1)).isEqualTo(u.t.size());
    }
}
