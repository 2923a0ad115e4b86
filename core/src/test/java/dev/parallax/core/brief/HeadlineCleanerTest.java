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

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
        // short enough: the sentence, without its full stop
        "Nola, one of four northern white rhinos left in the world, died on Sunday. = "
                + "Nola, one of four northern white rhinos left in the world, died on Sunday",
        // too long: cut at the last clause break that leaves at least eight words
        "French police have arrested a man suspected of planning an attack on two churches in a Paris suburb, "
                + "the country's interior minister has said. = "
                + "French police have arrested a man suspected of planning an attack on two churches in a Paris suburb…",
        // too long and no clause break: the first twenty words, none left dangling at the end
        "At least 10 prospective jurors who oppose the judge's decision to spare a former swimmer prison refused this "
                + "week to serve on a jury in an unrelated case. = "
                + "At least 10 prospective jurors who oppose the judge's decision to spare a former swimmer prison refused this "
                + "week…",
        "The family moved back to the U.S. = The family moved back to the U.S.",
        // an opening phrase is no headline
        "Before the flight to his new home in California, Jack the cat escaped from his travel carrier and disappeared "
                + "into the airport. = Before the flight to his new home in California, Jack the cat escaped from his travel "
                + "carrier and disappeared…",
    })
    void makesAHeadlineOfABriefSentenceByCuttingItOnly(String sentence, String expected) {
        assertThat(HeadlineCleaner.fromSentence(sentence)).isEqualTo(expected);
    }
}
