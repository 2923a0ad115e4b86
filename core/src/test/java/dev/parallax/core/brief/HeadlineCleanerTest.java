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
        // no clause break, but short enough to read whole
        "At least 10 prospective jurors who oppose the judge's decision to spare a former swimmer prison refused this "
                + "week to serve on a jury in an unrelated case. = "
                + "At least 10 prospective jurors who oppose the judge's decision to spare a former swimmer prison refused this "
                + "week to serve on a jury in an unrelated case",
        "The family moved back to the U.S. = The family moved back to the U.S.",
        // an opening phrase is no headline: no clean cut is left, and the sentence is short enough
        "Before the flight to his new home in California, Jack the cat escaped from his travel carrier and disappeared "
                + "into the airport. = Before the flight to his new home in California, Jack the cat escaped from his travel "
                + "carrier and disappeared into the airport",
        // too long, no clause break within twenty words: cut before the last phrase that opens there
        "The Seoul government has released rare video footage of Korean women forced to work in Japanese military "
                + "brothels during World War Two, the first time moving images have been shown of the comfort women. = "
                + "The Seoul government has released rare video footage of Korean women forced to work in Japanese military "
                + "brothels…",
        "A 40-year-old woman from Shawnee, Oklahoma, recently had to get major parts of both arms and both legs amputated "
                + "due to a serious infection from an unnoticed tick bite after a vacation, according to her husband. = "
                + "A 40-year-old woman from Shawnee, Oklahoma, recently had to get major parts of both arms…",
        // a name or an acronym is no dangling word ("May", "WHO"), a range is no phrase break
        "MPs rejected the deal negotiated by Prime Minister Theresa May, a crushing defeat that leaves the country with "
                + "no plan for leaving the bloc at the end of the month and no majority for any other course. = "
                + "MPs rejected the deal negotiated by Prime Minister Theresa May…",
        "Gunmen stormed a luxury hotel in the capital on Saturday and killed between 10 and 15 people in an attack that "
                + "lasted several hours before security forces ended it. = "
                + "Gunmen stormed a luxury hotel in the capital on Saturday and killed between 10 and 15 people…",
        // a clause break or phrase break that leaves no verb of the head's own is no headline
        "Jared Kushner, a senior adviser to Donald Trump and the president's son-in-law, has been asked to give "
                + "documents to the committee investigating the campaign's contacts with Russia last year. = "
                + "Jared Kushner, a senior adviser to Donald Trump and the president's son-in-law, has been asked to give documents…",
        // a noun in -s after a name in a phrase is no verb: no head without a verb of its own
        "At the Florida Lottery headquarters on Monday, Timothy Poole, 43, of Orlando, posed for a photo with an oversized "
                + "check after claiming his $3 million prize from a scratch-off ticket he bought at a gas station. = "
                + "At the Florida Lottery headquarters on Monday, Timothy Poole, 43, of Orlando, posed for a photo…",
        // a word in -s after an adverb in -ly is a verb: the clause before ", while" is the headline
        "Just one glass of wine or other alcoholic drink a day significantly raises the risk of breast cancer, while vigorous "
                + "exercise such as running and bicycling reduces it, a large review of studies has found. = "
                + "Just one glass of wine or other alcoholic drink a day significantly raises the risk of breast cancer…",
        // never inside a name
        "The couple said the foundation run by Bill and Melinda Gates would give the money to schools and clinics "
                + "in twelve countries over the next ten years, starting with those in West Africa. = "
                + "The couple said the foundation run by Bill and Melinda Gates would give the money to schools and clinics…",
    })
    void makesAHeadlineOfABriefSentenceByCuttingItOnly(String sentence, String expected) {
        assertThat(HeadlineCleaner.fromSentence(sentence)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aWordInSAfterAnAdjectiveInLyIsNoVerb() {
        assertThat(HeadlineCleaner.hasVerb("The elderly residents of the town")).isFalse();
        assertThat(HeadlineCleaner.hasVerb("The daily newspapers of the capital")).isFalse();
        assertThat(HeadlineCleaner.hasVerb("A glass a day significantly raises the risk")).isTrue();
    }
}
