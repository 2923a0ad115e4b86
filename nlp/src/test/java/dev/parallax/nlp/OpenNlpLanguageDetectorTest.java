package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.LanguageDetector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenNlpLanguageDetectorTest {
    private final LanguageDetector detector = NlpModels.languages();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en|The company reported a loss of $3 billion in the third quarter, citing weak demand and rising costs.",
        "en|Ukraine says North Korean soldiers have been deployed near the border, but Pyongyang denies it.",
        "fr|Le ministre a déclaré mardi que la situation restait préoccupante mais sous contrôle, selon l'AFP.",
        "de|Die Bundesregierung hat am Mittwoch neue Maßnahmen gegen die hohe Inflation beschlossen.",
        "es|El presidente dijo el martes que el gobierno subiría los impuestos el próximo año.",
        "it|Il presidente ha detto martedì che il governo aumenterà le tasse l'anno prossimo.",
        "ru|Президент заявил во вторник, что правительство повысит налоги в следующем году.",
        "zh|中国政府周二宣布了应对通货膨胀的新措施，旨在稳定经济增长，并支持中小企业的发展。",
    })
    void namesTheLanguageOfNewsText(String code, String text) {
        assertThat(detector.detect(text)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t ", "ok", "Reuters", "12345 67890 12345 67890 12345",
        "AAPL 187.32 +1.2% MSFT 402.10 -0.3% GOOG 141.80", "Moscow Kyiv Pyongyang Seoul Tokyo Beijing"})
    void cannotTellBlankShortOrWordlessText(String text) {
        assertThat(detector.detect(text)).isEmpty();
    }
}
