package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import org.junit.jupiter.api.Test;

/** Pages that are notices of the site or the web, not news, and news that only mentions the web. */
class NoticePageTest {
    private static final String NEWS = "A federal appeals court on Wednesday ruled against the Internet Archive in a "
            + "copyright case brought by four major publishers. The court said the nonprofit's lending of scanned books "
            + "was not fair use. The archive, based in San Francisco, said it was reviewing the decision and weighing an "
            + "appeal. Its founder said the ruling hurt libraries and their readers. The publishers welcomed the ruling "
            + "in a joint statement issued after the hearing.";

    @Test
    void readsACrawlNoticeThroughTheSentencesThatContinueIt() {
        String page = "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. "
                + "Flowing in every day, these data are added to the Wayback Machine after an embargo period.";
        assertThat(NoticePage.share(page)).isEqualTo(1.0);
        assertThat(NoticePage.notice(page)).contains(
                "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.");
    }

    @Test
    void readsASocialNetworksSettingsPage() {
        String page = "Tweet with a location\n\nYou can add location information to your Tweets, such as your city or "
                + "precise location, from the web and via third-party applications. You always have the option to delete "
                + "your Tweet location history.";
        assertThat(NoticePage.notice(page)).isPresent();
    }

    @Test
    void leavesNewsAboutTheWebAlone() {
        assertThat(NoticePage.share(NEWS)).isZero();
        assertThat(NoticePage.notice(NEWS)).isEmpty();
    }

    @Test
    void leavesAReportFullOfCrawlersAndArchivesAlone() {
        String page = "The Internet Archive lost its appeal on Wednesday in a copyright case over its lending of "
                + "scanned books.\n\nThe archive, which runs the Wayback Machine, a web crawler-based archive of billions "
                + "of web pages, argued its lending was fair use.\n\nThe court disagreed, saying the archive's copies "
                + "competed with the publishers' own e-books online.";
        assertThat(NoticePage.share(page)).isGreaterThan(0.5);
        assertThat(NoticePage.notice(page)).isEmpty();
    }

    @Test
    void leavesNewsThatEndsOnTheSitesOwnNoticeAlone() {
        String page = NEWS + "\n\nSign up for our newsletter to get the day's top stories delivered to your inbox.";
        assertThat(NoticePage.share(page)).isBetween(0.05, 0.5);
        assertThat(NoticePage.notice(page)).isEmpty();
    }

    @Test
    void theCleanStageRejectsANoticePageNamingTheNotice() {
        String page = "Add a location to your Tweets\n\nWhen you tweet with a location, Twitter stores that location. "
                + "You can switch location on and off before each Tweet and always have the option to delete your "
                + "location history.";
        assertThatThrownBy(() -> new ArticleCleaner().clean(new RawArticle("notice.txt", RawArticle.Format.TEXT, page)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("notice of the site or the web")
                .hasMessageContaining("location");
    }
}
