package dev.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StandaloneFilterTest {
    private final StandaloneFilter filter = new StandaloneFilter();

    @Test
    void trimsAWireDatelineAndKeepsTheRestVerbatim() {
        assertThat(filter.standalone("DENVER (AP) — Troy Tulowitzki has a tough name to spell, even at his own ballpark."))
                .contains("Troy Tulowitzki has a tough name to spell, even at his own ballpark.");
        assertThat(filter.standalone("WASHINGTON — The Senate passed the bill on Tuesday by a vote of 68 to 32."))
                .contains("The Senate passed the bill on Tuesday by a vote of 68 to 32.");
        assertThat(filter.standalone("The Colorado Rockies handed out 15,000 jerseys with the shortstop's name misspelled."))
                .contains("The Colorado Rockies handed out 15,000 jerseys with the shortstop's name misspelled.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "He said the agreement would be signed in the capital next week.",
        "But the club said it was aware of the misspelling before the game began.",
        "Is the USA really only the 21st best country in the world today?",
        "Follow us on Twitter for more news about the ongoing investigation today.",
        "By John Smith and Jane Doe, Associated Press writers in Washington.",
        "\"The person failed to pull over and the officers had to chase him.",
        "THE SENATE PASSED THE BILL ON TUESDAY BY A VOTE OF 68 TO 32.",
        "Too short to say much.",
        "and the team said it would give out new jerseys in September.",
    })
    void rejectsWhatCannotStandAlone(String sentence) {
        assertThat(filter.standalone(sentence)).isEmpty();
    }
}
