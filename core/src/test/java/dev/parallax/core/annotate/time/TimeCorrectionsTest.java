package dev.parallax.core.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeCorrectionsTest {
    /** Sunday 27 April 2025. */
    private static final TimeAnchor SUNDAY = new TimeAnchor(LocalDate.of(2025, 4, 27), null);

    /** A tagger's expression at the first occurrence of {@code phrase} in {@code text}. */
    static TimeExpression at(String text, String phrase, TimexType type, String value) {
        int i = text.indexOf(phrase);
        assertThat(i).as("'%s' in the text", phrase).isNotNegative();
        return new TimeExpression(new Span(i, i + phrase.length()), phrase, type, value, Precision.of(value), null);
    }

    private static List<TimeExpression> correct(String text, TimeExpression... tagged) {
        return TimeCorrections.apply(text, SUNDAY, List.of(tagged));
    }

    private static TimeExpression only(String text, TimeExpression tagged) {
        List<TimeExpression> out = correct(text, tagged);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    @Test
    void aWeekdayInAPastReportIsTheLastSuchDayBeforePublication() {
        String text = "Russia's chief of staff on Saturday said the troops had helped.";
        TimeExpression t = only(text, at(text, "Saturday", TimexType.DATE, "2025-05-03"));
        assertThat(t.value()).isEqualTo("2025-04-26");
        assertThat(t.precision()).isEqualTo(Precision.DAY);
    }

    @Test
    void withOnlyTheEarliestPublicationKnownAWeekdayIsTheNearestSuchDay() {
        TimeAnchor saturday = TimeAnchor.earliest(LocalDate.of(2017, 7, 1));
        String text = "Eager customers on Monday again lined up outside the shops.";
        List<TimeExpression> out = TimeCorrections.apply(text, saturday,
                List.of(at(text, "Monday", TimexType.DATE, "2017-06-26")));
        assertThat(out).extracting(TimeExpression::value).containsExactly("2017-07-03");
        String same = "The House passed the bill on Saturday.";
        assertThat(TimeCorrections.apply(same, saturday, List.of(at(same, "Saturday", TimexType.DATE, "2017-07-01"))))
                .extracting(TimeExpression::value).containsExactly("2017-07-01");
        String before = "As of Friday, the state had licensed 44 shops.";
        assertThat(TimeCorrections.apply(before, saturday, List.of(at(before, "Friday", TimexType.DATE, "2017-06-30"))))
                .extracting(TimeExpression::value).containsExactly("2017-06-30");
    }

    @Test
    void aYearRangeWrittenShortIsItsFirstYearNotAMonth() {
        String text = "Gillibrand served from 2007-09 in the House before she was appointed.";
        TimeExpression t = only(text, at(text, "2007-09", TimexType.DATE, "2007-09"));
        assertThat(t.value()).isEqualTo("2007");
        assertThat(t.precision()).isEqualTo(Precision.YEAR);
    }

    @Test
    void aWeekdayOfWhatWillHappenIsTheNextSuchDay() {
        String text = "The two leaders will meet on Monday in Geneva.";
        assertThat(only(text, at(text, "Monday", TimexType.DATE, "2025-04-21")).value()).isEqualTo("2025-04-28");
    }

    @Test
    void aWeekdayOfAScheduledEventInThePresentIsTheNextSuchDay() {
        String opens = "The summit opens on Monday in Geneva.";
        assertThat(only(opens, at(opens, "Monday", TimexType.DATE, "2025-04-21")).value()).isEqualTo("2025-04-28");
        String resume = "The talks resume on Thursday, officials say.";
        assertThat(only(resume, at(resume, "Thursday", TimexType.DATE, "2025-04-24")).value()).isEqualTo("2025-05-01");
        // an infinitive of purpose is not the present: the voting is past
        String vote = "Voters went to the polls to vote on Sunday.";
        assertThat(only(vote, at(vote, "Sunday", TimexType.DATE, "2025-04-27")).value()).isEqualTo("2025-04-27");
        // a photo caption's present is what has just happened
        String caption = "Pompeo arrives for a meeting in Brussels on Tuesday.";
        assertThat(only(caption, at(caption, "Tuesday", TimexType.DATE, "2025-04-29")).value()).isEqualTo("2025-04-22");
        String held = "The talks that opened on Monday were held behind closed doors.";
        assertThat(only(held, at(held, "Monday", TimexType.DATE, "2025-04-28")).value()).isEqualTo("2025-04-21");
    }

    @Test
    void aWeekdayKeepsItsTimeOfDay() {
        String text = "The blast happened Friday night, police said.";
        assertThat(only(text, at(text, "Friday night", TimexType.TIME, "2025-05-02TNI")).value()).isEqualTo("2025-04-25TNI");
    }

    @Test
    void aWeekdayWithItsDateOrAModifierIsLeftAlone() {
        String text = "They met last Friday and again on Friday, April 18.";
        List<TimeExpression> out = correct(text, at(text, "last Friday", TimexType.DATE, "2025-04-25"),
                at(text, "Friday, April 18", TimexType.DATE, "2025-04-18"));
        assertThat(out).extracting(TimeExpression::value).containsExactly("2025-04-25", "2025-04-18");
    }

    @Test
    void aMonthWithoutItsYearFollowsTheTenseOfItsSentence() {
        String past = "The offensive began in October and stalled.";
        assertThat(only(past, at(past, "October", TimexType.DATE, "2025-10")).value()).isEqualTo("2024-10");
        String future = "Elections will be held in October.";
        assertThat(only(future, at(future, "October", TimexType.DATE, "2025-10")).value()).isEqualTo("2025-10");
    }

    @Test
    void aHolidayWithoutItsYearIsPlacedLikeADate() {
        String past = "Shoppers crowded the malls after Christmas.";
        assertThat(only(past, at(past, "Christmas", TimexType.DATE, "2025-12-25")).value()).isEqualTo("2024-12-25");
        String moveable = "Sales rose over Labor Day, the retailer said.";
        assertThat(only(moveable, at(moveable, "Labor Day", TimexType.DATE, "2025-09-01")).value()).isEqualTo("2024-09-02");
        String future = "He will be home for Thanksgiving.";
        assertThat(only(future, at(future, "Thanksgiving", TimexType.DATE, "2025-11-27")).value()).isEqualTo("2025-11-27");
        String named = "Christmas last year was quiet.";
        assertThat(only(named, at(named, "Christmas", TimexType.DATE, "2025-12-25")).value()).isEqualTo("2024-12-25");
        // A date that is not the rule's (Canada's Thanksgiving, in October) is another holiday: left alone.
        String other = "Families gathered on Thanksgiving.";
        assertThat(only(other, at(other, "Thanksgiving", TimexType.DATE, "2025-10-13")).value()).isEqualTo("2025-10-13");
    }

    @Test
    void holidaysFollowTheirRules() {
        assertThat(Holidays.easter(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(Holidays.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Holidays.easter(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(Holidays.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Holidays.named("Good Friday").orElseThrow().apply(2025)).isEqualTo(LocalDate.of(2025, 4, 18));
        assertThat(Holidays.named("Thanksgiving").orElseThrow().apply(2026)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(Holidays.named("Memorial Day").orElseThrow().apply(2025)).isEqualTo(LocalDate.of(2025, 5, 26));
        assertThat(Holidays.named("Martin Luther King Jr. Day").orElseThrow().apply(2025)).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(Holidays.named("the New Year’s Eve")).isPresent();
        assertThat(Holidays.named("Christmas 2024")).isEmpty();
        assertThat(Holidays.named("Ramadan")).isEmpty();
    }

    @Test
    void aNearDateWinsOverTenseWhenTheOtherReadingIsAYearAway() {
        String text = "The rights, which were issued last week, expire May 3.";
        assertThat(only(text, at(text, "May 3", TimexType.DATE, "2024-05-03")).value()).isEqualTo("2025-05-03");
    }

    @Test
    void sinceMakesAnOpenRangeAndKeepsTheTimeMlSpan() {
        String text = "Protests have continued since last October.";
        TimeExpression t = only(text, at(text, "last October", TimexType.DATE, "2024-10"));
        assertThat(t.text()).isEqualTo("last October");
        assertThat(t.range()).isNotNull();
        assertThat(t.range().cue()).isEqualTo("since");
        assertThat(t.range().span().of(text)).isEqualTo("since last October");
        assertThat(t.range().begin()).isEqualTo("2024-10");
        assertThat(t.range().end()).isNull();
        assertThat(t.range().open()).isTrue();
    }

    @Test
    void betweenAndFromToJoinTwoExpressionsIntoOneRange() {
        String text = "Talks ran between March and May, and offices were shut from March to May 2024.";
        int second = text.indexOf("March", text.indexOf("from"));
        List<TimeExpression> out = correct(text,
                at(text, "March", TimexType.DATE, "2025-03"),
                at(text, "May", TimexType.DATE, "2025-05"),
                new TimeExpression(new Span(second, second + 5), "March", TimexType.DATE, "2025-03", Precision.MONTH, null),
                at(text, "May 2024", TimexType.DATE, "2024-05"));
        assertThat(out).extracting(TimeExpression::value).containsExactly("2025-03", "2025-05", "2024-03", "2024-05");
        assertThat(out.get(0).range()).isEqualTo(out.get(1).range());
        assertThat(out.get(0).range().span().of(text)).isEqualTo("between March and May");
        assertThat(out.get(2).range().begin()).isEqualTo("2024-03");
        assertThat(out.get(3).range().end()).isEqualTo("2024-05");
        assertThat(out.get(3).range().cue()).isEqualTo("from");
    }

    @Test
    void untilMakesARangeOpenAtItsStart() {
        String text = "The border stays closed until Friday.";
        TimeExpression t = only(text, at(text, "Friday", TimexType.DATE, "2025-05-02"));
        assertThat(t.range().begin()).isNull();
        assertThat(t.range().end()).isEqualTo(t.value());
    }

    @Test
    void agoIsAsPreciseAsTheUnitCounted() {
        String text = "It began two years ago, grew five months ago and peaked two weeks ago; several years ago it was calm.";
        List<TimeExpression> out = correct(text,
                at(text, "two years ago", TimexType.DATE, "2023-04-27"),
                at(text, "five months ago", TimexType.DATE, "2024-11-27"),
                at(text, "two weeks ago", TimexType.DATE, "2025-04-13"),
                at(text, "several years ago", TimexType.DATE, "2022-04-27"));
        assertThat(out).extracting(TimeExpression::value).containsExactly("2023", "2024-11", "2025-W15", "PAST_REF");
        assertThat(out).extracting(TimeExpression::precision)
                .containsExactly(Precision.YEAR, Precision.MONTH, Precision.WEEK, Precision.NONE);
    }

    @Test
    void valuesTakeTimeMlForms() {
        String text = "Born in the 1970s, in the 20th century, he spoke at 5 p.m. EST over centuries of history.";
        List<TimeExpression> out = correct(text,
                at(text, "the 1970s", TimexType.SET, "197X"),
                at(text, "the 20th century", TimexType.DATE, "19XX"),
                at(text, "5 p.m. EST", TimexType.TIME, "2025-04-27T17:00-0500"),
                at(text, "centuries", TimexType.DURATION, "PXY"));
        assertThat(out).extracting(TimeExpression::value).containsExactly("197", "19", "2025-04-27T17:00", "PXC");
        assertThat(out.get(0).type()).isEqualTo(TimexType.DATE);
        assertThat(out.get(0).precision()).isEqualTo(Precision.DECADE);
    }

    @Test
    void wordsThatPlaceNothingAreDropped() {
        String text = "The quarterly dividend, once paid annually, is now paid quarterly. Future plans ended.";
        int second = text.lastIndexOf("quarterly");
        List<TimeExpression> out = correct(text,
                at(text, "quarterly", TimexType.SET, "P3M"),
                at(text, "once", TimexType.DATE, "PAST_REF"),
                at(text, "now", TimexType.DATE, "PRESENT_REF"),
                new TimeExpression(new Span(second, second + 9), "quarterly", TimexType.SET, "P3M", Precision.MONTH, null),
                at(text, "Future", TimexType.DATE, "FUTURE_REF"),
                at(text, "ended", TimexType.DATE, null));
        assertThat(out).extracting(TimeExpression::text).containsExactly("now", "quarterly");
    }

    @Test
    void aFractionIsNoQuarterOfAYear() {
        String text = "About three-quarters of voters agreed in a quarter of the year.";
        List<TimeExpression> out = correct(text, at(text, "About three-quarters", TimexType.DURATION, "P9M"),
                at(text, "a quarter", TimexType.DURATION, "P3M"));
        assertThat(out).extracting(TimeExpression::text).containsExactly("a quarter");
    }

    @Test
    void quartersTheTaggerMissedAreFoundAndPlaced() {
        String text = "Sales fell in the fourth quarter, and third-quarter profit of 2023 was flat.";
        List<TimeExpression> out = correct(text);
        assertThat(out).extracting(TimeExpression::text).containsExactly("the fourth quarter", "third-quarter");
        assertThat(out).extracting(TimeExpression::value).containsExactly("2024-Q4", "2025-Q3");
    }

    @Test
    void spokenYearsAreReadWhole() {
        String text = "It happened in nineteen ninety-six, a transcript says.";
        TimeExpression t = only(text, at(text, "nineteen ninety", TimexType.DATE, "1990"));
        assertThat(t.text()).isEqualTo("nineteen ninety-six");
        assertThat(t.value()).isEqualTo("1996");
    }

    @Test
    void withoutAnAnchorNothingIsMoved() {
        String text = "Russia's chief of staff on Saturday said the troops had helped.";
        List<TimeExpression> out = TimeCorrections.apply(text, null, List.of(at(text, "Saturday", TimexType.DATE, "XXXX-WXX-6")));
        assertThat(out).extracting(TimeExpression::value).containsExactly("XXXX-WXX-6");
    }

    @Test
    void theAnnotatorSkipsLanguagesItsTaggerCannotRead() {
        List<String> asked = new ArrayList<>();
        TimeTagger english = new TimeTagger() {
            @Override
            public boolean reads(String language) {
                return "en".equals(language);
            }

            @Override
            public List<TimeExpression> tag(String text, TimeAnchor anchor) {
                asked.add(text);
                return List.of();
            }
        };
        TimeAnnotator annotator = new TimeAnnotator(english);
        assertThat(annotator.annotate("Am Samstag sagte er.", SUNDAY, "de")).isEmpty();
        assertThat(annotator.annotate("He spoke in the fourth quarter.", SUNDAY, "en")).hasSize(1);
        assertThat(asked).containsExactly("He spoke in the fourth quarter.");
    }
    @Test
    void aDeadlineOrAPlanPointsAhead() {
        String text = "The offer was extended until May 2, and the relatives were planning a rally on Saturday.";
        List<TimeExpression> out = correct(text, at(text, "May 2", TimexType.DATE, "2025-05-02"),
                at(text, "Saturday", TimexType.DATE, "2025-04-26"));
        assertThat(out).extracting(TimeExpression::value).containsExactly("2025-05-02", "2025-05-03");
    }

    @Test
    void aCapitalisedWordInEdIsNoPastTense() {
        String text = "The father would travel to the United States Thursday.";
        assertThat(only(text, at(text, "Thursday", TimexType.DATE, "2025-04-24")).value()).isEqualTo("2025-05-01");
    }

    @Test
    void nextToIsAPlaceNotAFuture() {
        String text = "A bomb went off next to the embassy on Friday.";
        assertThat(only(text, at(text, "Friday", TimexType.DATE, "2025-05-02")).value()).isEqualTo("2025-04-25");
    }

    @Test
    void durationsWithAFractionCountTheHalf() {
        String text = "She stayed 5 1/2 hours, a minute and a half longer than planned, after two and a half years away.";
        List<TimeExpression> out = correct(text, at(text, "hours", TimexType.DURATION, "PTXH"),
                at(text, "a minute", TimexType.DURATION, "PT1M"), at(text, "years", TimexType.DURATION, "PXY"));
        assertThat(out).extracting(TimeExpression::text).containsExactly("5 1/2 hours", "a minute and a half", "two and a half years");
        assertThat(out).extracting(TimeExpression::value).containsExactly("PT5H30M", "PT1M30S", "P2Y6M");
        String decimal = "It took 1.5 hours.";
        assertThat(only(decimal, at(decimal, "1.5 hours", TimexType.DURATION, "PT1H")).value()).isEqualTo("PT1H30M");
    }

    @Test
    void thatYearAndTheFollowingDayPointAtTheLastNamedDate() {
        String text = "She fled in June 1998 and returned later that year. Talks began on March 3, 1999 and ended the next day.";
        List<TimeExpression> out = correct(text, at(text, "June 1998", TimexType.DATE, "1998-06"),
                at(text, "year", TimexType.DURATION, "P1Y"), at(text, "March 3, 1999", TimexType.DATE, "1999-03-03"),
                at(text, "the next day", TimexType.DATE, "2025-04-28"));
        assertThat(out).extracting(TimeExpression::text)
                .containsExactly("June 1998", "later that year", "March 3, 1999", "the next day");
        assertThat(out).extracting(TimeExpression::value).containsExactly("1998-06", "1998", "1999-03-03", "1999-03-04");
        String alone = "The same day, nothing happened.";
        assertThat(only(alone, at(alone, "day", TimexType.DURATION, "P1D")).value()).isEqualTo("P1D");
    }

    @Test
    void namesThatLookLikeTimesAreDropped() {
        String text = "Foreign Minister Jan Kavan told the party daily Granma that quarter-to-quarter growth will last to Election Day.";
        assertThat(correct(text, at(text, "Jan", TimexType.DATE, "2025-01"), at(text, "daily", TimexType.SET, "P1D"),
                at(text, "quarter", TimexType.DATE, "2025-Q2"), at(text, "Day", TimexType.DURATION, "P1D"))).isEmpty();
        String month = "The vote was held in Jan Kavan's absence in March Kyiv time.";
        assertThat(correct(month, at(month, "March", TimexType.DATE, "2025-03"))).hasSize(1);
    }

    @Test
    void theComingYearsAndADecadeAgo() {
        String text = "They will buy arms in the coming years; a decade ago they could not.";
        List<TimeExpression> out = correct(text, at(text, "the coming years", TimexType.DATE, "2026"),
                at(text, "a decade ago", TimexType.DATE, "2015-04-27"));
        assertThat(out).extracting(TimeExpression::value).containsExactly("FUTURE_REF", "2015");
        assertThat(out.get(0).precision()).isEqualTo(Precision.NONE);
    }
    @Test
    void aPlanThatHadBeenMadeIsPast() {
        String text = "The offer had been scheduled to expire Friday evening.";
        assertThat(only(text, at(text, "Friday evening", TimexType.TIME, "2025-05-02TEV")).value()).isEqualTo("2025-04-25TEV");
        String until = "Until Thursday, the police had not called him a suspect.";
        assertThat(only(until, at(until, "Thursday", TimexType.DATE, "2025-05-01")).value()).isEqualTo("2025-04-24");
        String filed = "Thirty members had filed reports by Wednesday.";
        assertThat(only(filed, at(filed, "Wednesday", TimexType.DATE, "2025-04-30")).value()).isEqualTo("2025-04-23");
    }

    @Test
    void unitsLaterAreALengthNotADateAfterPublication() {
        String text = "Three days later the firm sold the plant, almost a decade later than planned.";
        List<TimeExpression> out = correct(text, at(text, "Three days later", TimexType.DATE, "2025-04-30"),
                at(text, "a decade later", TimexType.DATE, "2035-04-27"));
        assertThat(out).extracting(TimeExpression::type).containsExactly(TimexType.DURATION, TimexType.DURATION);
        assertThat(out).extracting(TimeExpression::value).containsExactly("P3D", "P1E");
    }

    @Test
    void aCauseAMotionVerbOrAnEarlierPluperfectDoNotTurnTheTense() {
        String cause = "Homes destroyed by Tuesday's earthquake are being rebuilt.";
        assertThat(only(cause, at(cause, "Tuesday", TimexType.DATE, "2025-04-29")).value()).isEqualTo("2025-04-22");
        String went = "The president went to the capital on Friday to prepare the talks.";
        assertThat(only(went, at(went, "Friday", TimexType.DATE, "2025-05-02")).value()).isEqualTo("2025-04-25");
        String again = "Lawmakers who had voted against it will vote again on Tuesday.";
        assertThat(only(again, at(again, "Tuesday", TimexType.DATE, "2025-04-22")).value()).isEqualTo("2025-04-29");
    }

    @Test
    void aMonthAfterATimeWordOrYearToDateStays() {
        String text = "Throughout August Ukrainian forces advanced, and year-to-date sales rose.";
        assertThat(correct(text, at(text, "August", TimexType.DATE, "2024-08"), at(text, "year", TimexType.DATE, "2025")))
                .extracting(TimeExpression::text).containsExactly("August", "year");
        String coming = "Prices will rise in the coming weeks and months.";
        assertThat(only(coming, at(coming, "weeks and months", TimexType.DURATION, "PXW")).value()).isEqualTo("FUTURE_REF");
    }

    @Test
    void aProgrammesTitleInQuotationMarksIsNoTime() {
        String text = "He spoke on ABC's \"This Week With David Brinkley\" and on \"60 Minutes.\" \"Tomorrow,\" she said.";
        assertThat(correct(text, at(text, "This Week", TimexType.DATE, "2025-W17"), at(text, "60 Minutes", TimexType.DURATION, "PT60M"),
                at(text, "Tomorrow", TimexType.DATE, "2025-04-28"))).extracting(TimeExpression::text).containsExactly("Tomorrow");
    }

    @Test
    void theOrdinalSecondIsNoTimeButASecondLaterIs() {
        String text = "It would be a second betrayal, she said; a second later the line went dead.";
        assertThat(correct(text, at(text, "a second", TimexType.DURATION, "PT1S"),
                at(text, "a second later", TimexType.DURATION, "PT1S"))).extracting(TimeExpression::text).containsExactly("a second later");
        String annually = "The rallies are held annually for the poet.";
        assertThat(correct(annually, at(annually, "annually", TimexType.SET, "P1Y"))).hasSize(1);
    }

    @Test
    void aMonthBesideAYearInWordsKeepsThatYear() {
        String text = "One person is killed. January nineteen ninety-seven. A bomb explodes.";
        TimeExpression t = only(text, at(text, "January nineteen ninety", TimexType.DATE, "1990-01"));
        assertThat(t.text()).isEqualTo("January nineteen ninety-seven");
        assertThat(t.value()).isEqualTo("1997-01");
    }

    @Test
    void theLastHalfOfAYearIsItsSecondHalf() {
        String text = "Earnings will be lower for the last half of 1989 and for the first half of 2024.";
        List<TimeExpression> out = correct(text, at(text, "the last half of 1989", TimexType.DATE, "1989"));
        assertThat(out).extracting(TimeExpression::text).containsExactly("the last half of 1989", "the first half of 2024");
        assertThat(out).extracting(TimeExpression::value).containsExactly("1989-H2", "2024-H1");
        String quarter = "Sales fell in the last quarter.";
        assertThat(correct(quarter)).isEmpty();
    }

    @Test
    void thePreviousFridayIsTheFridayBeforeTheLastNamedDay() {
        String text = "The index closed at 2082.1 on Friday, Oct. 27, 1989, down 4.5% from the previous Friday. "
                + "Talks ended on March 6, 2024 and resumed the following Monday.";
        List<TimeExpression> out = correct(text, at(text, "Friday, Oct. 27, 1989", TimexType.DATE, "1989-10-27"),
                at(text, "the previous Friday", TimexType.DATE, "2025-04-25"), at(text, "March 6, 2024", TimexType.DATE, "2024-03-06"),
                at(text, "the following Monday", TimexType.DATE, "2025-04-28"));
        assertThat(out).extracting(TimeExpression::value).containsExactly("1989-10-27", "1989-10-20", "2024-03-06", "2024-03-11");
        String alone = "Prices were higher than the previous Friday.";
        assertThat(only(alone, at(alone, "the previous Friday", TimexType.DATE, "2025-04-25")).value()).isEqualTo("2025-04-25");
    }

    @Test
    void anOrdinalDaySaidToBeTodayIsThePublicationDay() {
        String text = "It's the second day of an offensive, and today is the eighth day of the blockade.";
        List<TimeExpression> out = correct(text, at(text, "the second day", TimexType.DATE, "2025-04-28"),
                at(text, "the eighth day", TimexType.DATE, "2025-05-04"));
        assertThat(out).extracting(TimeExpression::value).containsExactly("2025-04-27", "2025-04-27");
        String past = "Monday was the third day of the strike.";
        assertThat(only(past, at(past, "the third day", TimexType.DATE, "2025-04-29")).value()).isEqualTo("2025-04-29");
    }

    @Test
    void aMonthNameAfterAndBeginsANameUnlessATimeCameBefore() {
        String text = "Geremek of Poland and Jan Kavan of the Czech Republic met in May and June Smith joined.";
        assertThat(correct(text, at(text, "Jan", TimexType.DATE, "2025-01"), at(text, "May", TimexType.DATE, "2025-05"),
                at(text, "June", TimexType.DATE, "2025-06"))).extracting(TimeExpression::text).containsExactly("May", "June");
    }

    @Test
    void aTimeWordInsideAQuotedTitleIsNoTime() {
        String text = "A poster showed Gary Cooper in ``High Noon.'' ``It helped us win,'' he said at noon.";
        assertThat(correct(text, at(text, "Noon", TimexType.TIME, "2025-04-27T12:00"), at(text, "noon", TimexType.TIME, "2025-04-27T12:00")))
                .extracting(TimeExpression::text).containsExactly("noon");
    }

    @Test
    void thePastYearAndTheLastDecadeAreTheOnesBeforePublication() {
        String text = "Hate groups grew over the past year; wages lost ground in the last decade.";
        List<TimeExpression> out = correct(text, at(text, "the past year", TimexType.DATE, "2025"),
                at(text, "the last decade", TimexType.DATE, "202X"));
        assertThat(out).extracting(TimeExpression::value).containsExactly("2024", "201");
        String named = "Over the past year, read as 2023 by a tagger that knew better.";
        assertThat(only(named, at(named, "the past year", TimexType.DATE, "2023")).value()).isEqualTo("2023");
    }

    @Test
    void aYearLikeNumberThatCountsIsNoYear() {
        String text = "Above 1000 feet, boil longer; 1500 protesters marched in 1998 and 2000 more came.";
        assertThat(correct(text, at(text, "1000", TimexType.DATE, "1000"), at(text, "1500", TimexType.DATE, "1500"),
                at(text, "1998", TimexType.DATE, "1998"), at(text, "2000", TimexType.DATE, "2000")))
                .extracting(TimeExpression::text).containsExactly("1998", "2000");
    }

    @Test
    void aYearFarFromPublicationWithNoWordOfTimeBeforeItIsAModelNumber() {
        String text = "The GTX 1660 Ti beats the RTX 2060; Hitler was born in 1889 and the fire of 1666 burned London.";
        assertThat(correct(text, at(text, "1660", TimexType.DATE, "1660"), at(text, "2060", TimexType.DATE, "2060"),
                at(text, "1889", TimexType.DATE, "1889"), at(text, "1666", TimexType.DATE, "1666")))
                .extracting(TimeExpression::text).containsExactly("1889", "1666");
        String undated = "The 2024 budget and the GTX 1660 Ti.";
        assertThat(TimeCorrections.apply(undated, null, List.of(at(undated, "2024", TimexType.DATE, "2024"),
                at(undated, "1660", TimexType.DATE, "1660")))).extracting(TimeExpression::text).containsExactly("2024");
    }

    @Test
    void aYearLikeNumberAfterAChangeOfQuantityIsAScore() {
        String text = "Single-core scores increased from 1061 to 1096, while the city grew from 1900 to 1950 in size; "
                + "the town was founded in 1066.";
        assertThat(correct(text, at(text, "1061", TimexType.DATE, "1061"), at(text, "1096", TimexType.DATE, "1096"),
                at(text, "1900", TimexType.DATE, "1900"), at(text, "1950", TimexType.DATE, "1950"),
                at(text, "1066", TimexType.DATE, "1066")))
                .extracting(TimeExpression::text).containsExactly("1900", "1950", "1066");
        String more = "The index jumped 35 points to 1250 and later rose by 12 to 1262.";
        assertThat(correct(more, at(more, "1250", TimexType.DATE, "1250"), at(more, "1262", TimexType.DATE, "1262")))
                .isEmpty();
    }

    @Test
    void fourDigitsBeforeAZoneAreAClockTime() {
        String text = "Talks start at 1400 GMT on the anniversary of the 1400 revolt; troops left at 2300 local time in 1999.";
        assertThat(correct(text, at(text, "1400", TimexType.DATE, "1400"), at(text, "1999", TimexType.DATE, "1999")))
                .extracting(TimeExpression::text).containsExactly("1999");
        assertThat(correct(text, at(text, "2300", TimexType.DATE, "2300"))).isEmpty();
        String zulu = "In 2015 Zulu King Goodwill Zwelithini was accused of stoking attacks; at 2000 ET the vote closed.";
        assertThat(correct(zulu, at(zulu, "2015", TimexType.DATE, "2015"), at(zulu, "2000", TimexType.DATE, "2000")))
                .extracting(TimeExpression::text).containsExactly("2015");
                String year = "The fortress was built in 1400 by the duke.";
        assertThat(correct(year, at(year, "1400", TimexType.DATE, "1400"))).extracting(TimeExpression::text)
                .containsExactly("1400");
    }
}
