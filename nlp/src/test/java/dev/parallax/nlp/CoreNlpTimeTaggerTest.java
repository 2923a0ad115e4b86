package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.time.TimeAnchor;
import dev.parallax.core.annotate.time.TimeAnnotator;
import dev.parallax.core.annotate.time.TimeExpression;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SUTime through the shared CoreNLP pipeline, and Parallax's corrections on top, on a real report. */
class CoreNlpTimeTaggerTest {
    private static final String REPORT = """
            Seoul, April 28: Russian Chief of Staff Valery Gerasimov on Saturday said North Korean soldiers helped \
            in the Kursk region. Pyongyang sent more than 10,000 soldiers last year, and fighting has gone on since \
            last August.
            The two leaders will meet on Thursday, officials said two weeks ago.""";
    /** Monday 28 April 2025. */
    private static final TimeAnchor MONDAY = new TimeAnchor(LocalDate.of(2025, 4, 28), null);

    @Test
    void sutimeFindsTheExpressionsWithSpansIntoTheText() {
        List<TimeExpression> raw = NlpModels.times().tag(REPORT, MONDAY);
        assertThat(raw).extracting(TimeExpression::text)
                .contains("April 28", "Saturday", "last year", "last August", "Thursday", "two weeks ago");
        raw.forEach(t -> assertThat(t.span().of(REPORT)).isEqualTo(t.text()));
        assertThat(raw).filteredOn(t -> t.text().equals("last year")).extracting(TimeExpression::value).containsExactly("2024");
    }

    @Test
    void theAnnotatorPlacesWeekdaysByTenseAndReadsRanges() {
        List<TimeExpression> out = new TimeAnnotator(NlpModels.times()).annotate(REPORT, MONDAY, "en");
        assertThat(value(out, "Saturday")).isEqualTo("2025-04-26");
        assertThat(value(out, "Thursday")).isEqualTo("2025-05-01");
        assertThat(value(out, "two weeks ago")).isEqualTo("2025-W16");
        TimeExpression august = out.stream().filter(t -> t.text().equals("last August")).findFirst().orElseThrow();
        assertThat(august.value()).isEqualTo("2024-08");
        assertThat(august.range().begin()).isEqualTo("2024-08");
        assertThat(august.range().end()).isNull();
        assertThat(august.range().span().of(REPORT)).isEqualTo("since last August");
    }

    @Test
    void otherLanguagesGetNoExpressions() {
        assertThat(new TimeAnnotator(NlpModels.times()).annotate("Am Samstag sagte Gerassimow, die Soldaten hätten geholfen.",
                MONDAY, "de")).isEmpty();
    }

    @Test
    void emptyOrTimelessTextAndAnUnknownDateGiveNoErrors() {
        TimeAnnotator annotator = new TimeAnnotator(NlpModels.times());
        assertThat(annotator.annotate("", MONDAY, "en")).isEmpty();
        assertThat(annotator.annotate(" \n\n \u0000 ", MONDAY, "en")).isEmpty();
        assertThat(annotator.annotate("Officials said the talks were useful.", MONDAY, "en")).isEmpty();
        List<TimeExpression> unanchored = annotator.annotate("The troops left on Saturday.", null, "en");
        assertThat(unanchored).extracting(TimeExpression::text).containsExactly("Saturday");
        assertThat(unanchored.get(0).value()).doesNotStartWith("20");
    }

    private static String value(List<TimeExpression> out, String text) {
        return out.stream().filter(t -> t.text().equals(text)).map(TimeExpression::value).findFirst().orElseThrow();
    }
    @Test
    void sundayNightIsFoundAndAnUnvaluedCompoundGivesItsParts() {
        String text = "He spoke on Sunday night. He was last seen Nov. 3, the day before a warrant was issued.";
        List<TimeExpression> out = new TimeAnnotator(NlpModels.times()).annotate(text, MONDAY, "en");
        assertThat(value(out, "Sunday night")).isEqualTo("2025-04-27TNI");
        assertThat(value(out, "Nov. 3")).isEqualTo("2024-11-03");
        assertThat(out).allSatisfy(t -> assertThat(t.value()).isNotNull());
    }
    @Test
    void yearsInWordsAndExpressionsSutimeJoinedAreRead() {
        String text = "In nineteen ninety-one he was convicted. It was the firm's second this year.";
        List<TimeExpression> out = new TimeAnnotator(NlpModels.times()).annotate(text, MONDAY, "en");
        assertThat(value(out, "nineteen ninety-one")).isEqualTo("1991");
        assertThat(value(out, "this year")).isEqualTo("2025");
    }
}
