package dev.parallax.core.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.digest.Entity;
import dev.parallax.core.digest.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerNamesTest {
    private static Entity person(String name) {
        return new Entity(name, "person", List.of(), List.of("a"), List.of(), List.of());
    }

    private static Quote said(String speaker) {
        return new Quote(speaker, "We will rebuild the bridge", List.of(), List.of(), List.of(), "a");
    }

    private static List<String> speakers(List<Quote> quotes) {
        return quotes.stream().map(Quote::speaker).toList();
    }

    @Test
    void aShortFormTakesTheFullNameOfTheOnePersonItFits() {
        List<Entity> story = List.of(person("Luiz Inácio Lula da Silva"), person("Javier Milei"),
                new Entity("Lula Foundation", "organization", List.of(), List.of("a"), List.of(), List.of()));
        assertThat(speakers(SpeakerNames.named(List.of(said("Lula"), said("Milei"), said("President Milei"), said("Javier Milei")), story)))
                .containsExactly("Luiz Inácio Lula da Silva", "Javier Milei", "Javier Milei", "Javier Milei");
    }

    @Test
    void aShortFormTwoPeopleShareOrNoPersonHoldsStaysAsWritten() {
        List<Entity> story = List.of(person("Kim Jong Un"), person("Kim Yo Jong"));
        assertThat(speakers(SpeakerNames.named(List.of(said("Kim"), said("the ministry"), said(null)), story)))
                .containsExactly("Kim", "the ministry", null);
    }
}
