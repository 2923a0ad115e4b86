package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteNoticeTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.",
        "The WARC files associated with this crawl are not currently available to the general public.",
        "You can add location information to your Tweets, such as your city or precise location, from the web.",
        "Just fill in your contact details in the form below to join our mailing list and keep up to date.",
        "Free archives of stories are maintained on our site for one month.",
        "Please enable JavaScript in your browser to see the comments.",
        "Please enable Javascript to watch this video",
        "This story is updated at the bottom with a response from the mayor.",
        "Correction added Nov. 18, 2019: The caption below the photograph originally made an unconfirmed statement.",
        "Editor's note: This story has been updated to include comment from the company.",
        "An earlier version of this article misstated the year the bridge opened.",
        "Rating is available when the video has been rented.",
        "This feature is not available right now. Please try again later.",
        "From Wikipedia, the free encyclopedia",
        "Video unavailable",
        "A version of this article appeared August 24, 2012, on page A11 of the New York edition.",
        "Copyright (c) 2012 by Eben Alexander III. All rights reserved.",
        "This video is private.",
    })
    void tellsNoticesOfTheSiteOrTheWeb(String sentence) {
        assertThat(SiteNotice.is(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "President Donald Trump tweeted in support of the deal a few hours later on Sunday.",
        "The first widespread snowstorm of the season crawled across the Midwest on Monday night.",
        "\"You are a patriot,\" the senator said in a tweet on Monday afternoon.",
        "The company said its website was restored after an outage that lasted four hours.",
        "Researchers found the clip in the national archives of the United States last year.",
        "The newspaper ran a correction on Tuesday after the minister denied the quote.",
        "Corrections officers said the inmate escaped through a ventilation shaft.",
        "Corrections Department spokesman Jeremy Desel said: \"The inmate was found in his cell.\"",
        "Corrections officers found him at 4:15 a.m. in the prison yard.",
        "An earlier version of this report was leaked to the press last month, officials said.",
        "The CDC said this report is updated weekly with the latest counts from the states.",
        "The court said the video has been rented out to broadcasters in twelve countries.",
        "Editors quoted from Wikipedia, the free encyclopedia anyone can edit, in the school's report.",
        "The minister said the vaccine is not available to people under 30 in the region.",
        "Meta said this feature is not available in the European Union because of regulatory uncertainty.",
        "The studio's copyright on the film expired in 2019, the court said.",
        "Users in China who search for the clip now see a message saying this content is not available.",
    })
    void leavesNewsAboutTheWebAndQuotedSpeechAlone(String sentence) {
        assertThat(SiteNotice.is(sentence)).isFalse();
    }
}
