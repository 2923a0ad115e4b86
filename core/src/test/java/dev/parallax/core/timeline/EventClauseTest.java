package dev.parallax.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.Span;
import org.junit.jupiter.api.Test;

class EventClauseTest {
    private static String clause(String sentence, String time) {
        int at = sentence.indexOf(time);
        Span s = EventClause.of(sentence, new Span(0, sentence.length()), new Span(at, at + time.length()));
        return s.of(sentence);
    }

    @Test
    void whatWasReportedIsTheEventNotTheReporting() {
        assertThat(clause("Aid agencies have long reported that the rebels seized more than 40 villages last year.", "last year"))
                .isEqualTo("the rebels seized more than 40 villages last year");
        assertThat(clause("Officials estimate that 400 were hurt and believe that the army may have lost another 300 men this year.",
                "this year")).isEqualTo("the army may have lost another 300 men this year");
    }

    @Test
    void aTimeInTheReportingKeepsTheFrameWithoutItsTail() {
        assertThat(clause("The minister noted on Saturday in a briefing that the troops had helped retake the town, according to a news agency.",
                "on Saturday")).isEqualTo("The minister noted on Saturday in a briefing that the troops had helped retake the town");
        assertThat(clause("The army struck the depot on Saturday, officials said.", "on Saturday"))
                .isEqualTo("The army struck the depot on Saturday");
    }

    @Test
    void aRelativeClauseHoldingTheTimeIsTheEventAndTrailsAreCut() {
        assertThat(clause("He says he has retaken the valley, the region where the rebels launched a surprise attack last year.",
                "last year")).isEqualTo("the rebels launched a surprise attack last year");
        assertThat(clause("The two leaders signed a defence pact at their June summit, in which they promised each other help.",
                "June")).isEqualTo("The two leaders signed a defence pact at their June summit");
        assertThat(clause("The rebels launched their offensive in August, swiftly capturing the border towns.", "August"))
                .isEqualTo("The rebels launched their offensive in August");
    }

    @Test
    void anIndirectQuestionIsNoRelativeClause() {
        assertThat(clause("It is not clear when the gang was caught, but the report was posted on November 2, 2016.",
                "November 2, 2016")).startsWith("It is not clear when the gang was caught");
    }

    @Test
    void aQuotationCutByTheClauseLeavesNoLoneMark() {
        assertThat(clause("\"It was long but I played one of the best matches of the year, maybe in my career,\" Schwartzman said.",
                "the year")).isEqualTo("\"It was long but I played one of the best matches of the year, maybe in my career,\"");
        assertThat(clause("\"Some of the benefits anticipated for fiscal 2019 will take longer to realize,\" Menear continued.",
                "fiscal 2019")).isEqualTo("\"Some of the benefits anticipated for fiscal 2019 will take longer to realize,\"");
        assertThat(clause("On Monday, \"the talks collapsed,\" officials said.", "On Monday"))
                .isEqualTo("On Monday, \"the talks collapsed,\"");
        assertThat(clause("\"A,\" he said on Monday, \"and then B happened to all of us", "on Monday"))
                .isEqualTo("\"A,\" he said on Monday, \"and then B happened to all of us");
        assertThat(clause("\"There was a lot of intensity in the win but we are really happy today.", "today"))
                .isEqualTo("There was a lot of intensity in the win but we are really happy today");
        assertThat(clause("\"Heroes\" were honoured at the ceremony on Monday, officials said.", "on Monday"))
                .isEqualTo("\"Heroes\" were honoured at the ceremony on Monday");
    }

    @Test
    void aVerbThatClosesQuotationsIsTheClausesOwnWithoutOne() {
        assertThat(clause("On Sunday, the protests continued.", "On Sunday")).isEqualTo("On Sunday, the protests continued");
        assertThat(clause("On Monday, the minister warned.", "On Monday")).isEqualTo("On Monday, the minister warned");
        assertThat(clause("In 2015, the first case was reported.", "In 2015")).isEqualTo("In 2015, the first case was reported");
    }

    @Test
    void aRelativeClauseInsideTheSubjectIsNoTrail() {
        assertThat(clause("But then in 2010, the laboratory of Stephen Liggett, who was then at the University of Maryland, "
                + "reported that smooth muscle in the airways expresses receptors for bitter taste.", "2010"))
                .isEqualTo("But then in 2010, the laboratory of Stephen Liggett, who was then at the University of Maryland, "
                        + "reported that smooth muscle in the airways expresses receptors for bitter taste");
        // a relative clause after the object still trails
        assertThat(clause("In 2010 the court jailed the mayor, who denied the charges, and the town was calm.", "2010"))
                .isEqualTo("In 2010 the court jailed the mayor");
    }

    @Test
    void aPointingThatOrATooShortClauseKeepsTheWiderSpan() {
        assertThat(clause("Talks resumed that year and ended in a deal.", "that year"))
                .isEqualTo("Talks resumed that year and ended in a deal");
        assertThat(clause("The talks, which began in March, ended without a deal.", "March"))
                .isEqualTo("The talks, which began in March, ended without a deal");
    }

    @Test
    void aRelativeClauseWithoutItsOwnSubjectIsNoEvent() {
        assertThat(clause("The listing went to Hong Kong, which lost out on the offering in 2013 over its rules.", "2013"))
                .isEqualTo("The listing went to Hong Kong, which lost out on the offering in 2013 over its rules");
        assertThat(clause("— Hours before the game on Tuesday, the coach spoke.", "on Tuesday"))
                .startsWith("Hours before the game");
    }

    @Test
    void aDeniedOrDoubtedClauseKeepsItsFrame() {
        assertThat(clause("The ministry denied that it had ordered the strike on Monday.", "on Monday"))
                .isEqualTo("The ministry denied that it had ordered the strike on Monday");
        assertThat(clause("Police dismissed reports that the suspect fled the country on Friday.", "on Friday"))
                .isEqualTo("Police dismissed reports that the suspect fled the country on Friday");
    }

    @Test
    void aVerbOfSayingWithoutThatStartsTheClauseToo() {
        assertThat(clause("Officials believe the army has sent some 11,000 troops to the front since last October.", "since last October"))
                .isEqualTo("the army has sent some 11,000 troops to the front since last October");
        assertThat(clause("Officials do not believe the army has sent troops since last October.", "last October"))
                .isEqualTo("Officials do not believe the army has sent troops since last October");
    }
}
