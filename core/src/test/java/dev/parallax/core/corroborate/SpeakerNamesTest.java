package dev.parallax.core.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.digest.Entity;
import dev.parallax.core.digest.Quote;
import java.util.List;
import java.util.Map;
import dev.parallax.core.digest.SourceSpan;
import org.junit.jupiter.api.Test;

class SpeakerNamesTest {
    private static Entity person(String name) {
        return new Entity(name, "person", List.of(), List.of("a"), List.of(), List.of());
    }

    private static Quote said(String speaker) {
        return new Quote(speaker, "We will rebuild the bridge", List.of(), List.of(), List.of(), "a", false);
    }

    private static List<String> speakers(List<Quote> quotes) {
        return quotes.stream().map(Quote::speaker).toList();
    }

    @Test
    void aShortFormTakesTheFullNameOfTheOnePersonItFits() {
        List<Entity> story = List.of(person("Luiz Inácio Lula da Silva"), person("Javier Milei"),
                new Entity("Lula Foundation", "organization", List.of(), List.of("a"), List.of(), List.of()));
        assertThat(speakers(SpeakerNames.named(List.of(said("Lula"), said("Milei"), said("President Milei"), said("Javier Milei")), story, Map.of())))
                .containsExactly("Luiz Inácio Lula da Silva", "Javier Milei", "Javier Milei", "Javier Milei");
    }

    @Test
    void aShortFormTwoPeopleShareOrNoPersonHoldsStaysAsWritten() {
        List<Entity> story = List.of(person("Kim Jong Un"), person("Kim Yo Jong"));
        assertThat(speakers(SpeakerNames.named(List.of(said("Kim"), said("the ministry"), said(null)), story, Map.of())))
                .containsExactly("Kim", "the ministry", null);
    }

    @Test
    void aSpeakerThatNamesNobodyIsUnknown() {
        List<Entity> story = List.of(person("Javier Milei"));
        assertThat(speakers(SpeakerNames.named(List.of(said("which French officials"), said("which it"), said("no one"),
                said("you"), said("Today's"), said("police"), said("the company"), said("CLICK HERE to find out more"),
                said("His voice rising"), said("INVESTIGATORS"), said("NASA")), story, Map.of())))
                .containsExactly("French officials", null, null, null, null, "police", "the company", null, null, "Investigators", "NASA");
    }

    @Test
    void aRoleOfACountryTakesTheNameOfThePersonTheArticlesGiveThatRole() {
        String text = "Argentine President Javier Milei met Brazilian President Luiz Inácio Lula da Silva, "
                + "and Chilean Foreign Minister Ana Rojas joined them.";
        Entity milei = mentioned("Javier Milei", text);
        Entity lula = mentioned("Luiz Inácio Lula da Silva", text);
        Entity rojas = mentioned("Ana Rojas", text);
        List<Entity> story = List.of(milei, lula, rojas);
        assertThat(speakers(SpeakerNames.named(List.of(said("Argentina's president"), said("the Brazilian president"),
                        said("Chile's foreign minister"), said("the Chilean president"), said("Argentina's foreign minister")),
                story, Map.of("a", text))))
                .containsExactly("Javier Milei", "Luiz Inácio Lula da Silva", "Ana Rojas", "the Chilean president",
                        "Argentina's foreign minister");
    }

    private static Entity mentioned(String name, String text) {
        int at = text.indexOf(name);
        return new Entity(name, "person", List.of(), List.of("a"), List.of(new SourceSpan("a", at, at + name.length())), List.of());
    }
}
