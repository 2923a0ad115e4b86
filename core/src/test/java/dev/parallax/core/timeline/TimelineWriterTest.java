package dev.parallax.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.TestVectors;
import dev.parallax.core.annotate.time.Precision;
import dev.parallax.core.annotate.time.TimeExpression;
import dev.parallax.core.annotate.time.TimexType;
import dev.parallax.core.article.Article;
import dev.parallax.core.digest.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineWriterTest {
    private final float[] strike = TestVectors.along(6, 0, 1, 0.1f);
    private final float[] strike2 = TestVectors.along(6, 0, 1, 0.2f);
    private final float[] treaty = TestVectors.along(6, 3, 4, 0.1f);

    /** An article of the given sentences; each time expression is (sentence index, words, value). */
    private static AnnotatedArticle article(String id, String published, List<String> texts, List<float[]> vectors,
            List<Object[]> times) {
        String text = String.join(" ", texts);
        List<Sentence> sentences = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < texts.size(); i++) {
            sentences.add(new Sentence(i, new Span(at, at + texts.get(i).length()), texts.get(i), vectors.get(i)));
            at += texts.get(i).length() + 1;
        }
        List<TimeExpression> found = new ArrayList<>();
        for (Object[] t : times) {
            Sentence s = sentences.get((Integer) t[0]);
            int start = s.span().start() + s.text().indexOf((String) t[1]);
            found.add(new TimeExpression(new Span(start, start + ((String) t[1]).length()), (String) t[1],
                    TimexType.DATE, (String) t[2], Precision.of((String) t[2]), null));
        }
        Article a = new Article(id, id, null, null, null, null, null, published, "en", text);
        return new AnnotatedArticle(a, sentences, vectors.get(0), found);
    }

    @Test
    void datesEventsMergesOutletsSortsAndMarksBackground() {
        AnnotatedArticle a = article("a", "2026-05-04", List.of(
                "The army struck the depot on Saturday, officials said.",
                "The two countries signed a defence treaty in 2019."),
                List.of(strike, treaty),
                List.<Object[]>of(new Object[] {0, "Saturday", "2026-05-02"}, new Object[] {1, "2019", "2019"}));
        AnnotatedArticle b = article("b", "2026-05-04", List.of(
                "An army strike on Saturday destroyed the depot, the ministry said."),
                List.of(strike2), List.<Object[]>of(new Object[] {0, "Saturday", "2026-05-02"}));

        List<TimelineEntry> t = new TimelineWriter(0.8).write(List.of(a, b), s -> false);

        assertThat(t).extracting(TimelineEntry::date).containsExactly("2019", "2026-05-02");
        assertThat(t.get(0).background()).isTrue();
        assertThat(t.get(0).precision()).isEqualTo(TimelineEntry.Precision.YEAR);
        assertThat(t.get(1).background()).isFalse();
        assertThat(t.get(1).sources()).containsExactly("a", "b");
        assertThat(t.get(1).spans()).hasSize(2);
        assertThat(t.get(1).text()).isEqualTo("The army struck the depot on Saturday");
    }

    @Test
    void leavesOutDatelinesDurationsExcludedSentencesAndKeepsTheFinestDateOfASentence() {
        AnnotatedArticle a = article("a", "2026-05-04", List.of(
                "PARIS, May 4 (Reuters) - Talks resumed on Monday after a pause that began in February.",
                "In other news, a festival opened on May 1."),
                List.of(strike, treaty),
                List.<Object[]>of(new Object[] {0, "May 4", "2026-05-04"}, new Object[] {0, "Monday", "2026-05-04"},
                        new Object[] {0, "February", "2026-02"}, new Object[] {1, "May 1", "2026-05-01"}));
        List<TimelineEntry> t = new TimelineWriter(0.8).write(List.of(a), s -> s.text().startsWith("In other news"));
        assertThat(t).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo("2026-05-04");
            assertThat(e.text()).startsWith("Talks resumed on Monday");
        });
    }

    @Test
    void oneEventGivenTwoDatesIsADateDiscrepancy() {
        AnnotatedArticle a = article("a", "2026-05-04", List.of("The army struck the depot on Saturday, officials said."),
                List.of(strike), List.<Object[]>of(new Object[] {0, "Saturday", "2026-05-02"}));
        AnnotatedArticle b = article("b", "2026-05-04", List.of("The army struck the depot on Friday, officials said."),
                List.of(strike), List.<Object[]>of(new Object[] {0, "Friday", "2026-05-01"}));
        var conflicts = new TimelineWriter(0.8).conflicts(List.of(a, b), s -> false, 0.9);
        assertThat(conflicts).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(dev.parallax.core.digest.Discrepancy.Kind.DATE);
            assertThat(d.positions()).extracting(p -> p.normalized()).containsExactly("2026-05-02", "2026-05-01");
        });
        assertThat(new TimelineWriter(0.8).conflicts(List.of(a), s -> false, 0.9)).isEmpty();
    }
    @Test
    void aYearTheTenseChoseGivesWayToOneAnotherOutletNames() {
        AnnotatedArticle a = article("a", "2025-04-28", List.of(
                "Ukraine launched its incursion into Kursk in August, swiftly capturing territory."),
                List.of(strike), List.<Object[]>of(new Object[] {0, "August", "2025-08"}));
        AnnotatedArticle b = article("b", "2025-04-28", List.of(
                "Troops fought in Kursk, where Ukraine had launched an offensive in August last year."),
                List.of(strike2), List.<Object[]>of(new Object[] {0, "August", "2024-08"}, new Object[] {0, "last year", "2024"}));
        AnnotatedArticle c = article("c", "2025-04-28", List.of(
                "The two countries will sign a defence treaty in August."),
                List.of(treaty), List.<Object[]>of(new Object[] {0, "August", "2025-08"}));

        List<TimelineEntry> t = new TimelineWriter(0.8).write(List.of(a, b, c), s -> false);

        assertThat(t).extracting(TimelineEntry::date).containsExactly("2024-08", "2025-08");
        assertThat(t.get(0).sources()).containsExactly("a", "b");
        assertThat(t.get(1).sources()).containsExactly("c");
    }

    @Test
    void aPublicationStampInTheBodyIsNoEvent() {
        AnnotatedArticle a = article("a", "2019-11-18", List.of(
                "Police released a video of the rescue on Monday.", "(Published Monday, Nov. 18, 2019)"),
                List.of(strike, treaty),
                List.<Object[]>of(new Object[] {0, "Monday", "2019-11-18"}, new Object[] {1, "Nov. 18, 2019", "2019-11-18"}));
        assertThat(new TimelineWriter(0.8).write(List.of(a), s -> false)).singleElement()
                .satisfies(e -> assertThat(e.text()).isEqualTo("Police released a video of the rescue on Monday"));
    }

    @Test
    void anEmbeddedPostsCreditALineOfDatesAloneAndASiteNoticeAreNoEvents() {
        AnnotatedArticle a = article("a", "2019-11-19", List.of(
                "The state unveiled its new slogan on Monday.",
                "— Jane Doe (@janedoe) November 18, 2019",
                "29 November 2018 | 20 January 2019",
                "Lights go up on 29 November 2018.",
                "Sign up today to get the free daily newsletter delivered to your inbox."),
                List.of(strike, treaty, strike2, treaty, strike),
                List.<Object[]>of(new Object[] {0, "Monday", "2019-11-18"}, new Object[] {1, "November 18, 2019", "2019-11-18"},
                        new Object[] {2, "29 November 2018", "2018-11-29"}, new Object[] {2, "20 January 2019", "2019-01-20"},
                        new Object[] {3, "29 November 2018", "2018-11-29"}, new Object[] {4, "today", "2019-11-19"}));
        assertThat(new TimelineWriter(0.8).write(List.of(a), s -> false)).extracting(TimelineEntry::text)
                .containsExactly("Lights go up on 29 November 2018", "The state unveiled its new slogan on Monday");
    }

    @Test
    void anEntryCutDownToItsDateAndACorrectionNoteAreNoEvents() {
        AnnotatedArticle a = article("a", "2019-11-19", List.of(
                "The theatre reopened on Monday after a long refit.",
                "Tue – Sat 4PM (Closed on Sun & Mon)",
                "Correction added Nov. 18, 2019: The caption below the photograph was wrong."),
                List.of(strike, treaty, strike2),
                List.<Object[]>of(new Object[] {0, "Monday", "2019-11-18"}, new Object[] {1, "Tue", "2019-11-12"},
                        new Object[] {2, "Nov. 18, 2019", "2019-11-18"}));
        assertThat(new TimelineWriter(0.8).write(List.of(a), s -> false)).extracting(TimelineEntry::text)
                .containsExactly("The theatre reopened on Monday after a long refit");
    }

    @Test
    void aLineOfMostlyDatesIsAListingNotAnEvent() {
        AnnotatedArticle a = article("a", "2019-11-19", List.of(
                "The theatre reopened on Monday after a long refit.",
                "Tue – Sat 4PM (Closed on Sun & Mon)",
                "Police arrived Friday.",
                "He died at 4:15 p.m. Sunday, Oct. 27, 2019."),
                List.of(strike, treaty, strike2, treaty),
                List.<Object[]>of(new Object[] {0, "Monday", "2019-11-18"}, new Object[] {1, "Tue", "2019-11-12"},
                        new Object[] {1, "Sat 4PM", "2019-11-16T16:00"}, new Object[] {1, "Sun", "2019-11-17"},
                        new Object[] {1, "Mon", "2019-11-18"}, new Object[] {2, "Friday", "2019-11-15"},
                        new Object[] {3, "4:15 p.m. Sunday, Oct. 27, 2019", "2019-10-27T16:15"}));
        assertThat(new TimelineWriter(0.8).write(List.of(a), s -> false)).extracting(TimelineEntry::text)
                .containsExactly("He died at 4:15 p.m. Sunday, Oct. 27, 2019", "Police arrived Friday",
                        "The theatre reopened on Monday after a long refit");
    }

    @Test
    void anEntryDropsTheConnectiveItOpensOn() {
        AnnotatedArticle a = article("a", "2017-06-21", List.of(
                "But their much improved 1995 album brought the group to a much larger audience."),
                List.of(strike), List.<Object[]>of(new Object[] {0, "1995", "1995"}));
        assertThat(new TimelineWriter(0.8).write(List.of(a), s -> false)).singleElement()
                .satisfies(e -> assertThat(e.text()).isEqualTo("Their much improved 1995 album brought the group to a much larger audience"));
    }

    @Test
    void aMonthOrYearNamedAsAReferenceDatesNoEvent() {
        List<String> texts = List.of(
                "Iran violates the 2015 agreement, the inspectors said.",
                "Prices rose the most since March 2012 in the quarter.",
                "The firm aims to sell the heart by early 2015 in Europe.",
                "Obama won the 2012 election by a wide margin.",
                "The two countries signed a defence treaty in 2019.",
                "The North has sent some 11,000 troops to the front since last October.",
                "At least 300 people have been killed since April 2024, the United Nations said.",
                "By 2010, the group controlled a third of the country.",
                "The 2004 tsunami killed some 230,000 people around the Indian Ocean.",
                "The 2001 agreement was signed in Bonn.",
                "The court applied the Misuse of Drugs Act 1971 to the case.",
                "Prices rose 24 percent from 2001 to 2011 in the region.",
                "He is a 2012 Harvard graduate who joined the firm.",
                "Iran violated the landmark 2015 nuclear deal, the report said.",
                "In the year 2016 alone, 300 people died in the floods.",
                "Orders under the 1977 Act were challenged in court.");
        AnnotatedArticle a = article("a", "2026-05-04", texts,
                List.of(strike, strike2, treaty, strike, treaty, strike2, strike, treaty, strike2, treaty, strike, treaty, strike2,
                        treaty, strike, strike2),
                List.<Object[]>of(new Object[] {0, "2015", "2015"}, new Object[] {1, "March 2012", "2012-03"},
                        new Object[] {2, "2015", "2015"}, new Object[] {3, "2012", "2012"}, new Object[] {4, "2019", "2019"},
                        new Object[] {5, "last October", "2025-10"}, new Object[] {6, "April 2024", "2024-04"},
                        new Object[] {7, "2010", "2010"}, new Object[] {8, "2004", "2004"}, new Object[] {9, "2001", "2001"},
                        new Object[] {10, "1971", "1971"}, new Object[] {11, "2001", "2001"}, new Object[] {12, "2012", "2012"},
                        new Object[] {13, "2015", "2015"}, new Object[] {14, "2016", "2016"}, new Object[] {15, "1977", "1977"}));
        assertThat(new TimelineWriter(0.8).write(List.of(a), s -> false)).extracting(TimelineEntry::text)
                .containsExactly("The 2001 agreement was signed in Bonn", "The 2004 tsunami killed some 230,000 people around the Indian Ocean",
                        "By 2010, the group controlled a third of the country", "Obama won the 2012 election by a wide margin",
                        "In the year 2016 alone, 300 people died in the floods",
                        "The two countries signed a defence treaty in 2019", "At least 300 people have been killed since April 2024",
                        "The North has sent some 11,000 troops to the front since last October");
    }

    @Test
    void aYearComparedWithSomeWordsBeforeItOrATargetDatesNoEvent() {
        List<String> texts = List.of(
                "There were 46 shootings, compared to 56 during the same period in 2011.",
                "The hospital had eight more babies this June than it did in June 2013.",
                "Births increased from 265 in 2013 to 385 in 2014, the hospital said.",
                "More than 200 people were killed in 2011 in the region.",
                "The Senate budget seeks to eliminate deficits by 2025 without raising taxes.");
        AnnotatedArticle a = article("a", "2026-05-04", texts, List.of(strike, treaty, strike2, treaty, strike),
                List.<Object[]>of(new Object[] {0, "2011", "2011"}, new Object[] {1, "June 2013", "2013-06"},
                        new Object[] {2, "2013", "2013"}, new Object[] {2, "2014", "2014"}, new Object[] {3, "2011", "2011"},
                        new Object[] {4, "2025", "2025"}));
        assertThat(new TimelineWriter(0.8).write(List.of(a), s -> false)).extracting(TimelineEntry::date, TimelineEntry::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2011", "More than 200 people were killed in 2011 in the region"),
                        org.assertj.core.groups.Tuple.tuple("2014", "Births increased from 265 in 2013 to 385 in 2014"));
    }

    @Test
    void withoutPublicationDatesTheDayMostDatedIsTheNewsDay() {
        AnnotatedArticle a = article("a", null, List.of(
                "The army struck the depot on May 2, 2026, officials said.",
                "The two countries signed a defence treaty in 2019.",
                "The depot was hit again on May 2, 2026."),
                List.of(strike, treaty, treaty),
                List.<Object[]>of(new Object[] {0, "May 2, 2026", "2026-05-02"}, new Object[] {1, "2019", "2019"},
                        new Object[] {2, "May 2, 2026", "2026-05-02"}));
        List<TimelineEntry> t = new TimelineWriter(0.99).write(List.of(a), s -> false);
        assertThat(t).extracting(TimelineEntry::date).containsExactly("2019", "2026-05-02", "2026-05-02");
        assertThat(t).extracting(TimelineEntry::background).containsExactly(true, false, false);
    }

    @Test
    void aListBulletIsNoWordOfTheEvent() {
        AnnotatedArticle a = article("a", "2026-05-04", List.of("* Obama won women by 12 points in 2012, the poll found."),
                List.of(strike), List.<Object[]>of(new Object[] {0, "2012", "2012"}));
        assertThat(new TimelineWriter(0.8).write(List.of(a), s -> false)).extracting(TimelineEntry::text)
                .containsExactly("Obama won women by 12 points in 2012, the poll found");
    }
}
