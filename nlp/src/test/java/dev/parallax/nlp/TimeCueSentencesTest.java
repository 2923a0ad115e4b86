package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeCueSentencesTest {
    private static List<CoreLabel> tokens(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(w -> {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            return l;
        }).toList();
    }

    private static boolean cue(String sentence) {
        return !TimeCueSentences.windows(tokens(sentence), 0, 0).isEmpty();
    }

    @Test
    void numbersThatCanBeTimesAreCues() {
        assertThat(cue("The war ended in 1998 .")).isTrue();
        assertThat(cue("It was a hit in the '90s .")).isTrue();
        assertThat(cue("The vote closes at 5 p.m. local time")).isTrue();
        assertThat(cue("Doors open at 10:30 .")).isTrue();
        assertThat(cue("The report is dated 2025-04-27 .")).isTrue();
        assertThat(cue("A 24-hour strike began .")).isTrue();
        assertThat(cue("Results for FY2024 were weak .")).isTrue();
    }

    @Test
    void countsPricesAndPercentagesAreNot() {
        assertThat(cue("Police said 5,000 people marched , up 12 % , at a cost of $ 3.5 million .")).isFalse();
    }

    @Test
    void calendarNamesCountOnlyCapitalisedSinceTheLowerCaseFormsAreVerbs() {
        assertThat(cue("The talks resumed in May .")).isTrue();
        assertThat(cue("Officials may march to the square where they sat .")).isFalse();
        assertThat(cue("They met on Wed. with the envoy .")).isTrue();
    }

    @Test
    void wordsOfTimeAreCuesButWordsSuTimeReadsNothingFromAreNot() {
        assertThat(cue("Prices are now higher .")).isTrue();
        assertThat(cue("Two years later they left .")).isTrue();
        assertThat(cue("It is time to act , and then we will see soon enough .")).isFalse();
    }

    @Test
    void sutimeSeesOnlyTheStretchesAroundCuesJoinedWhereTheyMeet() {
        List<CoreLabel> t = tokens("Officials from the ministry of the interior and the army met the press in the capital"
                + " on Monday to announce that the talks would resume in two weeks after a long pause .");
        List<int[]> w = TimeCueSentences.windows(t, 2, 2);
        assertThat(w).extracting(r -> r[0] + "-" + r[1]).containsExactly("15-20", "25-30");
        assertThat(TimeCueSentences.windows(t, 6, 6)).extracting(r -> r[0] + "-" + r[1]).containsExactly("11-33");
        // More reach before a cue than after it: expressions grow leftwards ("no more than sixty days").
        assertThat(TimeCueSentences.windows(t, TimeCueSentences.REACH_BEFORE, TimeCueSentences.REACH_AFTER))
                .extracting(r -> r[0] + "-" + r[1]).containsExactly("12-21", "22-31");
        assertThat(TimeCueSentences.windows(tokens("Police said 5,000 people marched ."), 6, 6)).isEmpty();
        assertThat(TimeCueSentences.windows(tokens("Doors open at 5 p.m. sharp ."), 1, 1)).extracting(r -> r[0] + "-" + r[1])
                .containsExactly("2-6");
    }
}
