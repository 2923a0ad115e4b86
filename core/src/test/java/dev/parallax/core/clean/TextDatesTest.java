package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextDatesTest {
    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void readsNumericForms() {
        assertThat(TextDates.first("am 12.05.2020 um 10:00", false, false)).hasValue(d("2020-05-12"));
        assertThat(TextDates.first("2020/05/12 10:00", false, false)).hasValue(d("2020-05-12"));
        assertThat(TextDates.first("2020. 06. 04. 10:12", false, false)).hasValue(d("2020-06-04"));
        assertThat(TextDates.first("2020年5月12日 12時", false, false)).hasValue(d("2020-05-12"));
        assertThat(TextDates.first("2020년 5월 12일", false, false)).hasValue(d("2020-05-12"));
        assertThat(TextDates.first("١٢/٠٥/٢٠٢٠", false, false)).hasValue(d("2020-05-12"));
    }

    @Test
    void readsSlashedDatesMonthFirstOnlyWhenAskedAndPossible() {
        assertThat(TextDates.first("04/05/2020", false, false)).hasValue(d("2020-05-04"));
        assertThat(TextDates.first("04/05/2020", true, false)).hasValue(d("2020-04-05"));
        assertThat(TextDates.first("04/25/2020", false, false)).hasValue(d("2020-04-25"));
        assertThat(TextDates.first("25/04/2020", true, false)).hasValue(d("2020-04-25"));
        assertThat(TextDates.first("04.05.2020", true, false)).hasValue(d("2020-05-04"));
    }

    @Test
    void readsMonthNamesOfManyLanguages() {
        assertThat(TextDates.first("May 12th, 2020", false, false)).hasValue(d("2020-05-12"));
        assertThat(TextDates.first("12 de mayo de 2020", false, false)).hasValue(d("2020-05-12"));
        assertThat(TextDates.first("12 maio 2020", false, false)).hasValue(d("2020-05-12"));
        assertThat(TextDates.first("12 maggio 2020", false, false)).hasValue(d("2020-05-12"));
        assertThat(TextDates.first("12 mei 2020", false, false)).hasValue(d("2020-05-12"));
        assertThat(TextDates.first("12 мая 2020 г.", false, false)).hasValue(d("2020-05-12"));
        assertThat(TextDates.first("12 травня 2020", false, false)).hasValue(d("2020-05-12"));
        assertThat(TextDates.first("12 Mayıs 2020", false, false)).hasValue(d("2020-05-12"));
        assertThat(TextDates.first("2020. május 12.", false, false)).hasValue(d("2020-05-12"));
        assertThat(TextDates.first("الجمعة 24 نيسان / أبريل 2020", false, false)).hasValue(d("2020-04-24"));
        assertThat(TextDates.first("07 أكتوبر 2020", false, false)).hasValue(d("2020-10-07"));
    }

    @Test
    void readsTwoDigitYearsOnlyWhenAsked() {
        assertThat(TextDates.first("12.05.20", false, false)).isEmpty();
        assertThat(TextDates.first("12.05.20", false, true)).hasValue(d("2020-05-12"));
    }

    @Test
    void refusesImpossibleDatesAndNumbersThatAreNotDates() {
        assertThat(TextDates.first("31.02.2020", false, false)).isEmpty();
        assertThat(TextDates.first("version 1.2.2020.5", false, false)).isEmpty();
        assertThat(TextDates.first("May 2020", false, false)).isEmpty();
    }
}
