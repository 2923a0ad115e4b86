package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.clean.PublicationDates.Precision;
import org.junit.jupiter.api.Test;

class StampLinesTest {
    @Test
    void readsTheIssuesStampFormsWithZoneAndPrecision() {
        PublicationDates first = StampLines.read("Headline\nFirst published on Sat 3 Jun 2023 08.00 BST\nBody.");
        assertThat(first.published()).isEqualTo("2023-06-03T08:00+01:00");
        assertThat(first.updated()).isNull();

        PublicationDates agency = StampLines.read("Headline\nBy AFP | Last updated: May 2, 2024 09:41 GMT\nBody.");
        assertThat(agency.updated()).isEqualTo("2024-05-02T09:41Z");
        assertThat(agency.published()).isEqualTo("2024-05-02T09:41Z"); // no publication stated: the update bounds it

        PublicationDates posted = StampLines.read("Posted 2023-06-03\nBody.");
        assertThat(posted.published()).isEqualTo("2023-06-03");
        assertThat(PublicationDates.precision(posted.published())).isEqualTo(Precision.DAY);
        assertThat(PublicationDates.zoned(posted.published())).isFalse();

        PublicationDates updated = StampLines.read("Updated: March 12th 2024, 09:41 GMT");
        assertThat(updated.updated()).isEqualTo("2024-03-12T09:41Z");
        assertThat(PublicationDates.precision(updated.updated())).isEqualTo(Precision.MINUTE);
        assertThat(PublicationDates.zoned(updated.updated())).isTrue();
    }

    @Test
    void aStampMayGiveItsTimeAlone() {
        assertThat(StampLines.isStamp("Updated at 1:23 p.m.")).isTrue();
        assertThat(StampLines.isStamp("Posted 9.45 am")).isTrue();
        assertThat(StampLines.isStamp("Posted 3.45 percent growth in the third quarter")).isFalse();
        assertThat(StampLines.isStamp("Updated figures show the economy grew in the third quarter.")).isFalse();
        assertThat(StampLines.isStamp("Updated guidance takes effect at 12:01 a.m. Saturday, the agency said.")).isFalse();
        assertThat(StampLines.isStamp("Published at 10:30 a.m., the report found that prices rose sharply.")).isFalse();
        assertThat(StampLines.isStamp("Date night starts at 7:30 p.m. on Fridays at the library.")).isFalse();
    }

    @Test
    void tellsPublicationFromUpdateWhereverTheyStand() {
        PublicationDates both = StampLines.read("Updated April 28th 2025, 16:10 IST\nTitle line\n"
                + "Published April 28th 2025, 15:05 IST\nBody.");
        assertThat(both.published()).isEqualTo("2025-04-28T15:05+05:30");
        assertThat(both.updated()).isEqualTo("2025-04-28T16:10+05:30");

        PublicationDates oneLine = StampLines.read("Published 3 June 2023 | Updated 4 June 2023, 09:41");
        assertThat(oneLine.published()).isEqualTo("2023-06-03");
        assertThat(oneLine.updated()).isEqualTo("2023-06-04T09:41"); // a local time: no zone stated
        assertThat(PublicationDates.zoned(oneLine.updated())).isFalse();

        assertThat(StampLines.read("Publié le 3 juin 2023 à 09h41\nMis à jour le 4 juin 2023").published())
                .isEqualTo("2023-06-03T09:41");
        assertThat(StampLines.read("Updated 13 May, 2025\nUpdated 12 May, 2025").updated()).isEqualTo("2025-05-13");
    }

    @Test
    void aDateAloneOnALineByTheHeadlineIsTheStamp() {
        PublicationDates dated = StampLines.read("Black Caucus to oppose debt deal\n\n By Kase Wickman\n\n"
                + " Sunday, July 31, 2011 21:39 EDT\n\n The leaders have reached an agreement, Obama said.");
        assertThat(dated.published()).isEqualTo("2011-07-31T21:39-04:00");
        assertThat(StampLines.isStamp("Tue 3 Jun 2023")).isTrue();
        assertThat(StampLines.isStamp("June 9, 2016")).isTrue();
        assertThat(StampLines.isStamp("The vote is set for June 9, 2016.")).isFalse();
        assertThat(StampLines.isStamp("Sunday, July 31")).isFalse();
        String deep = "Title\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\nMarch 3, 2001\nNine.";
        assertThat(StampLines.read(deep).published()).as("a date line deep in the text is no stamp").isNull();
    }

    @Test
    void aSentenceAboutAPublicationIsNotAStamp() {
        assertThat(StampLines.read("The report, published on June 3, 2023 by the ministry, said prices rose.\n"
                + "Officials said the figures published on 4 June 2023 were final and would not be revised.")).isEqualTo(
                new PublicationDates(null, null));
        assertThat(StampLines.read("No dates here.\nUpdated: some time ago")).isEqualTo(new PublicationDates(null, null));
    }
}
