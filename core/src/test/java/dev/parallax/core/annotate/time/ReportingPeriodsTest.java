package dev.parallax.core.annotate.time;

import static dev.parallax.core.annotate.time.TimeCorrectionsTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule families added for value F1: reporting periods, vague references, month placement, quarter durations. */
class ReportingPeriodsTest {
    /** Sunday 27 April 2025: the last quarter that ended is 2025-Q1. */
    private static final TimeAnchor APRIL = new TimeAnchor(LocalDate.of(2025, 4, 27), null);
    /** Sunday 26 October 2025. */
    private static final TimeAnchor OCTOBER = new TimeAnchor(LocalDate.of(2025, 10, 26), null);

    private static List<TimeExpression> correct(TimeAnchor anchor, String text, TimeExpression... tagged) {
        return TimeCorrections.apply(text, anchor, List.of(tagged));
    }

    private static TimeExpression find(List<TimeExpression> out, String text) {
        return out.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + text + "' in " + out));
    }

    @Test
    void theQuarterAndAYearEarlierFollowTheQuarterTheReportIsAbout() {
        String text = "Net income rose in the third quarter to $5 million from $4 million a year earlier.\n"
                + "Sales in the quarter were $9 million.";
        List<TimeExpression> out = correct(OCTOBER, text, at(text, "the third quarter", TimexType.DATE, "2025-Q3"),
                at(text, "a year earlier", TimexType.DATE, "2024"));
        assertThat(find(out, "a year earlier").value()).isEqualTo("2024-Q3");
        assertThat(find(out, "the quarter").value()).isEqualTo("2025-Q3");
        assertThat(find(out, "the quarter").type()).isEqualTo(TimexType.DATE);
    }

    @Test
    void aYearAgoWithoutAFigureOrAfterAnotherPeriodStaysAYear() {
        String text = "Profit rose in the third quarter.\nThe plant was sold a year ago.\n"
                + "In the first nine months, profit was $8 million, against $6 million a year ago.";
        List<TimeExpression> out = correct(OCTOBER, text, at(text, "the third quarter", TimexType.DATE, "2025-Q3"),
                at(text, "a year ago", TimexType.DATE, "2024"), at(text, "the first nine months", TimexType.DURATION, "P9M"),
                new TimeExpression(new dev.parallax.core.annotate.Span(text.lastIndexOf("a year ago"), text.lastIndexOf("a year ago") + 10),
                        "a year ago", TimexType.DATE, "2024", Precision.YEAR, null));
        assertThat(out).filteredOn(t -> t.text().equals("a year ago")).extracting(TimeExpression::value).containsExactly("2024", "2024");
    }

    @Test
    void theYearAgoQuarterWithoutANamedQuarterIsTheLastEndedOneAYearBack() {
        String text = "In the year-ago quarter, the company earned $3 million; the latest quarter brought $4 million.";
        List<TimeExpression> out = correct(APRIL, text, at(text, "the year", TimexType.DATE, "2025"),
                at(text, "the latest quarter", TimexType.DURATION, "PXM"));
        assertThat(find(out, "the year-ago quarter").value()).isEqualTo("2024-Q1");
        assertThat(find(out, "the latest quarter").value()).isEqualTo("2025-Q1");
        assertThat(find(out, "the latest quarter").type()).isEqualTo(TimexType.DATE);
    }

    @Test
    void aFutureQuarterIsNoReference() {
        String text = "It expects a fourth-quarter charge.\nSales in the latest quarter fell.";
        List<TimeExpression> out = correct(OCTOBER, text, at(text, "fourth-quarter", TimexType.DATE, "2025-Q4"));
        assertThat(find(out, "the latest quarter").value()).isEqualTo("2025-Q3");
    }

    @Test
    void theYearEndedADateIsAOneYearDurationAndTheCurrentYearIsPublications() {
        String text = "For the year ended March 31, revenue rose; sales in the current fiscal year will grow, and the deal closes by year-end.";
        List<TimeExpression> out = correct(APRIL, text, at(text, "the year", TimexType.DATE, "2025"),
                at(text, "March 31", TimexType.DATE, "2025-03-31"), at(text, "current", TimexType.DATE, "PRESENT_REF"),
                at(text, "year", TimexType.DURATION, "P1Y"));
        assertThat(find(out, "the year").value()).isEqualTo("P1Y");
        assertThat(find(out, "the year").type()).isEqualTo(TimexType.DURATION);
        assertThat(find(out, "the current fiscal year").value()).isEqualTo("2025");
        assertThat(find(out, "year-end").value()).isEqualTo("2025-12-31");
    }

    @Test
    void recentYearsAndThesDaysPointRatherThanMeasure() {
        String text = "Prices rose in recent years, and the past three years were hard; these days they fall.";
        List<TimeExpression> out = correct(APRIL, text, at(text, "years", TimexType.DURATION, "PXY"),
                at(text, "the past three years", TimexType.DURATION, "P3Y"), at(text, "days", TimexType.DURATION, "PXD"));
        assertThat(find(out, "recent years").value()).isEqualTo("PAST_REF");
        assertThat(find(out, "recent years").type()).isEqualTo(TimexType.DATE);
        assertThat(find(out, "the past three years").value()).isEqualTo("P3Y");
        assertThat(find(out, "these days").value()).isEqualTo("PRESENT_REF");
    }

    @Test
    void lastAndNextMonthAreTheNearestSuchMonthOnThatSide() {
        String text = "The deal, signed last June, takes effect next March; talks began last March.";
        List<TimeExpression> out = correct(APRIL, text, at(text, "last June", TimexType.DATE, "2024-06"),
                at(text, "next March", TimexType.DATE, "2026-03"), at(text, "last March", TimexType.DATE, "2024-03"));
        assertThat(out).extracting(TimeExpression::value).containsExactly("2024-06", "2026-03", "2025-03");
    }

    @Test
    void aSentencesLastYearPlacesItsMonths() {
        String text = "Their June summit last year ended without a deal.";
        List<TimeExpression> out = correct(APRIL, text, at(text, "June", TimexType.DATE, "2025-06"),
                at(text, "last year", TimexType.DATE, "2024"));
        assertThat(find(out, "June").value()).isEqualTo("2024-06");
    }

    @Test
    void marchAndMayAfterAPrepositionAreMonthsAndSinceKeepsThemPast() {
        String text = "The carrier has been on patrol since March.\nTalks should end by May.";
        List<TimeExpression> out = correct(new TimeAnchor(LocalDate.of(2025, 2, 10), null), text);
        assertThat(find(out, "March").value()).isEqualTo("2024-03");
        assertThat(find(out, "May").value()).isEqualTo("2025-05");
        String verb = "They may march on the capital.";
        assertThat(correct(APRIL, verb)).isEmpty();
    }

    @Test
    void quartersCountInQuartersAndFiscalQuartersReportedOnAreNotInTheFuture() {
        String text = "Losses in the past two quarters; it earned $5 million in the fiscal first quarter.";
        List<TimeExpression> out = correct(OCTOBER, text, at(text, "the past two quarters", TimexType.DURATION, "P6M"));
        assertThat(find(out, "the past two quarters").value()).isEqualTo("P2Q");
        assertThat(find(out, "first quarter").value()).isEqualTo("2025-Q1");
    }
    @Test
    void theQuarterEndedOnADayIsTheQuarterOfItsMiddleUnlessTheReportNamedOne() {
        String text = "It lost $5 million in the quarter ended Sept. 30, and $2 million in the quarter ended July 31, 2025.";
        List<TimeExpression> out = correct(OCTOBER, text, at(text, "the quarter", TimexType.DATE, "2025-Q4"));
        assertThat(out).extracting(TimeExpression::value).contains("2025-Q3", "2025-Q2");
        String named = "Its fiscal first quarter was strong. Sales in the quarter ended Sept. 30 rose.";
        List<TimeExpression> fiscal = correct(OCTOBER, named, at(named, "first quarter", TimexType.DATE, "2025-Q1"));
        assertThat(find(fiscal, "the quarter").value()).isEqualTo("2025-Q1");
    }

    @Test
    void aQuarterEndedOnADayWithItsYearIsThatDaysQuarter() {
        String text = "Third-quarter profit rose, against a loss in the quarter ended June 30, 2024.";
        List<TimeExpression> out = correct(OCTOBER, text, at(text, "Third-quarter", TimexType.DATE, "2025-Q3"));
        assertThat(find(out, "the quarter").value()).isEqualTo("2024-Q2");
    }

    @Test
    void theLatestQuarterBeforeAVerbIsTheReferenceButThePeriodToDateIsNot() {
        String text = "Sun expects revenue in the latest quarter to total $500 million.\nSales for the period to date rose.";
        List<TimeExpression> out = correct(APRIL, text, at(text, "the latest quarter", TimexType.DURATION, "PXQ"));
        assertThat(find(out, "the latest quarter").value()).isEqualTo("2025-Q1");
        assertThat(out).extracting(TimeExpression::text).doesNotContain("the period");
    }
}
