package dev.parallax.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EcbPlusReaderTest {
    @Test
    void tokensAreJoinedAsWrittenWithOneLinePerSentence() {
        List<String[]> tokens = List.of(
                new String[] {"0", "Tara"}, new String[] {"0", "Reid"}, new String[] {"0", "'s"},
                new String[] {"0", "rep"}, new String[] {"0", "("}, new String[] {"0", "Jack"},
                new String[] {"0", ")"}, new String[] {"0", "said"}, new String[] {"0", "."},
                new String[] {"1", "``"}, new String[] {"1", "Yes"}, new String[] {"1", ","},
                new String[] {"1", "''"}, new String[] {"1", "he"}, new String[] {"1", "did"},
                new String[] {"1", "n't"}, new String[] {"1", "say"}, new String[] {"1", "."});
        assertThat(EcbPlusReader.join(tokens)).isEqualTo("Tara Reid's rep (Jack) said.\n\"Yes,\" he didn't say.");
    }
}
