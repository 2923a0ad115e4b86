package dev.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineCleanerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
        "Flood waters rise across the southern delta: Reports = Flood waters rise across the southern delta",
        "Parliament passes the budget after a night session | The Daily Star = Parliament passes the budget after a night session",
        "Parliament passes the budget after a night session - BBC News = Parliament passes the budget after a night session",
        "BREAKING: Earthquake of magnitude 6.1 strikes off the coast = Earthquake of magnitude 6.1 strikes off the coast",
        "WATCH: Firefighters rescue a family from the burning tower = Firefighters rescue a family from the burning tower",
        "Ceasefire talks resume in Cairo, officials say = Ceasefire talks resume in Cairo, officials say",
        "Russia-Ukraine war - what we know on day 400 = Russia-Ukraine war - what we know on day 400",
        "Exclusive: Report = Exclusive: Report",
    })
    void removesSuffixesTagsAndLabelsOnly(String title, String expected) {
        assertThat(HeadlineCleaner.clean(title)).isEqualTo(expected);
    }
}
