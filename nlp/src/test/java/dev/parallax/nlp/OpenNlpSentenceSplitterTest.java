package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.SentenceSplitter;
import dev.parallax.core.annotate.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenNlpSentenceSplitterTest {
    private final SentenceSplitter splitter = NlpModels.sentences();

    private List<String> sentences(String text) {
        List<Span> spans = splitter.split(text);
        assertWellFormed(text, spans);
        return spans.stream().map(s -> s.of(text)).toList();
    }

    private static void assertWellFormed(String text, List<Span> spans) {
        int last = 0;
        for (Span s : spans) {
            assertThat(s.start()).as("in order, not overlapping").isGreaterThanOrEqualTo(last);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            String covered = s.of(text);
            assertThat(covered).isNotEmpty().isEqualTo(covered.strip());
            last = s.end();
        }
    }

    @Test
    void splitsAroundAbbreviationsAndQuotes() {
        assertThat(sentences("Dr. Smith arrived on Monday. He said \"hello.\" Then he left."))
                .containsExactly("Dr. Smith arrived on Monday.", "He said \"hello.\"", "Then he left.");
    }

    @Test
    void aFullStopBeforeALowerCaseWordEndsNoSentence() {
        assertThat(sentences("The series ended close to 2 a.m. local time (0100 GMT) on Wednesday. It was long."))
                .containsExactly("The series ended close to 2 a.m. local time (0100 GMT) on Wednesday.", "It was long.");
        assertThat(sentences("Sales rose. iPhone shipments fell."))
                .containsExactly("Sales rose.", "iPhone shipments fell.");
        assertThat(sentences("Tickets go on sale at 10 a.m. Friday, Dec. 6. The band is back."))
                .containsExactly("Tickets go on sale at 10 a.m. Friday, Dec. 6.", "The band is back.");
        assertThat(sentences("He mourned the former Speaker Rt. Hon. B. U. Nzeribe and moved a motion. It passed."))
                .containsExactly("He mourned the former Speaker Rt. Hon. B. U. Nzeribe and moved a motion.", "It passed.");
        assertThat(sentences("In 1964, Sammy Davis Jr. was handed the wrong envelope. It was a long night."))
                .containsExactly("In 1964, Sammy Davis Jr. was handed the wrong envelope.", "It was a long night.");
        assertThat(sentences("TALLAHASSEE, Fla. (AP) — Mishaps and protests are overshadowing the vote recount. It goes on."))
                .containsExactly("TALLAHASSEE, Fla. (AP) — Mishaps and protests are overshadowing the vote recount.", "It goes on.");
        assertThat(sentences("It ended. (Reuters) - The company said it would appeal the ruling."))
                .containsExactly("It ended.", "(Reuters) - The company said it would appeal the ruling.");
        assertThat(sentences("Two men were arrested last week, said LAPD Det. Chris Barling. Both were charged."))
                .containsExactly("Two men were arrested last week, said LAPD Det. Chris Barling.", "Both were charged.");
        assertThat(sentences("The talks ended at 9 p.m. Officials left."))
                .containsExactly("The talks ended at 9 p.m.", "Officials left.");
        assertThat(sentences("Correction added Nov. 18, 2019: The caption was wrong. The vote is set for Jan. 5 in Ohio."))
                .containsExactly("Correction added Nov. 18, 2019: The caption was wrong.", "The vote is set for Jan. 5 in Ohio.");
        assertThat(sentences("He joined in Aug. 2019 and left. She lives at No. 10 Downing Street."))
                .containsExactly("He joined in Aug. 2019 and left.", "She lives at No. 10 Downing Street.");
        assertThat(sentences("The cat disappeared into John F. Kennedy International Airport. It was found later."))
                .containsExactly("The cat disappeared into John F. Kennedy International Airport.", "It was found later.");
        assertThat(sentences("The disease is caused by the bacteria Rickettsia rickettsii (R. rickettsii) in ticks. It spreads."))
                .containsExactly("The disease is caused by the bacteria Rickettsia rickettsii (R. rickettsii) in ticks.",
                        "It spreads.");
        assertThat(sentences("The team switched to Plan B. Then it rained."))
                .containsExactly("The team switched to Plan B.", "Then it rained.");
        assertThat(sentences("The film tells the life of Malcolm X. It stars Denzel Washington."))
                .containsExactly("The film tells the life of Malcolm X.", "It stars Denzel Washington.");
        assertThat(sentences("The village lies in Area C. Israel controls security there."))
                .containsExactly("The village lies in Area C.", "Israel controls security there.");
        assertThat(sentences("The man was held at Terminal C. Officials later released him."))
                .containsExactly("The man was held at Terminal C.", "Officials later released him.");
        assertThat(sentences("Sprint Nextel Corp. will begin selling the phone in mid-October. It costs $199."))
                .containsExactly("Sprint Nextel Corp. will begin selling the phone in mid-October.", "It costs $199.");
        assertThat(sentences("He founded Acme Inc. The firm grew fast."))
                .containsExactly("He founded Acme Inc.", "The firm grew fast.");
        assertThat(sentences("Analysts praised the iPhone X. iPhone sales have slowed since."))
                .containsExactly("Analysts praised the iPhone X.", "iPhone sales have slowed since.");
    }

    @Test
    void aSentenceEndGluedToTheNextByAScraperIsSplit() {
        assertThat(sentences("He came to help care for their child.Less than a week later, police stopped him."))
                .containsExactly("He came to help care for their child.", "Less than a week later, police stopped him.");
        assertThat(sentences("He was badly injured (left partially paralyzed).Patel underwent surgery the next day."))
                .containsExactly("He was badly injured (left partially paralyzed).", "Patel underwent surgery the next day.");
        assertThat(sentences("Was it worth it?Nobody knows yet."))
                .containsExactly("Was it worth it?", "Nobody knows yet.");
    }

    @Test
    void aSentenceNeverStartsWithAWordInLowerCase() {
        for (String s : List.of("House Speaker Paul Ryan (R-Wis.) said the deal was done.",
                "Profit was 98 cents, or $1.05 a share, in the same period last year.",
                "The news went viral only after ghanabusinessnews.com broke it Friday evening.",
                "It was -28 C (feels like -40 C with the wind chill!) weather for the match.",
                "Crowds took to the streets of St. Louis on Friday.", "She has won two, for Kramer vs. Kramer and Sophie.",
                "I put down my thoughts in a sketch (Fig. 2) that night.")) {
            assertThat(sentences(s)).as(s).containsExactly(s);
        }
        assertThat(sentences("Now they have a great future! https://t.co/9TzSC8F8vY"))
                .containsExactly("Now they have a great future!", "https://t.co/9TzSC8F8vY");
        assertThat(sentences("It keeps dragging the company lower.\u201d http://on.wsj.com/ost2Cb"))
                .containsExactly("It keeps dragging the company lower.\u201d", "http://on.wsj.com/ost2Cb");
        assertThat(sentences("http: / / www. latimes. com / 2013 / may / 03 / story A man was shot.")).as("an address rebuilt from tokens")
                .hasSizeGreaterThan(1);
        assertThat(sentences("The church was led by its president W. Grant McMurray until 2004."))
                .containsExactly("The church was led by its president W. Grant McMurray until 2004.");
        assertThat(sentences("The season has come down to one A.J. Burnett start on Friday."))
                .containsExactly("The season has come down to one A.J. Burnett start on Friday.");
        assertThat(sentences("The fallback was called Plan B. Critics said it would fail."))
                .containsExactly("The fallback was called Plan B.", "Critics said it would fail.");
        for (String s : List.of("Only two Republicans voted no: Sens. Ted Cruz of Texas and Rand Paul of Kentucky.",
                "The ruling overturned Plessy v. Ferguson in 1954.", "He was robbed at a Walgreens at 3099 N. State Road 7 on Monday.",
                "The islands of St. Croix, St. Thomas and St. John were hit.",
                "A study by Kawanishi et al. 2010 in the Journal of Zoology found the same.",
                "Scientists peeked 40 kilometers under Mount St. Helens last year.",
                "\u201cNo! we are brothers, we pray together!\u201d Francis told Benedict in a gesture of humility.",
                "Turchynov issued a 9 p.m. (3 p.m. ET) deadline for the troops.")) {
            assertThat(sentences(s)).as(s).containsExactly(s);
        }
        assertThat(sentences("He said he would rather die.\"It started in 2011,\" he said."))
                .containsExactly("He said he would rather die.\"", "It started in 2011,\" he said.");
        assertThat(sentences("He was locked up with him.\u201dI had never been to jail before,\u201d Olivera said."))
                .containsExactly("He was locked up with him.\u201d", "I had never been to jail before,\u201d Olivera said.");
        assertThat(sentences("The shop is on Main St. Police closed it on Friday."))
                .containsExactly("The shop is on Main St.", "Police closed it on Friday.");
    }

    @Test
    void aGluedFullStopInANameOrAddressEndsNoSentence() {
        for (String s : List.of("She met Mrs.Smith on Monday.", "He shops at Amazon.Com every week.",
                "The fund is run by Smith Inc.Holdings of Boston.", "The case was filed in Sept.Nine people were named.",
                "The site example.org lists Node.js and ASP.NET jobs.", "It is the U.S.A. team, he said.")) {
            assertThat(sentences(s)).as(s).hasSize(1);
        }
    }

    @Test
    void neverCrossesAParagraphOrLineBreak() {
        String text = "A headline without a full stop\n\nThe first paragraph starts here. It goes on\n"
                + "and the wrapped line is its own unit.\r\n\r\n  Last paragraph, indented.  ";
        List<String> got = sentences(text);
        assertThat(got).containsExactly("A headline without a full stop", "The first paragraph starts here.",
                "It goes on", "and the wrapped line is its own unit.", "Last paragraph, indented.");
        assertThat(got).noneMatch(s -> s.contains("\n") || s.contains("\r"));
    }

    @Test
    void spansPointIntoTheWholeText() {
        String text = "\n\n   Officials met in Geneva.   Talks failed.\n\nU.S. envoys left on Friday.\n";
        List<Span> spans = splitter.split(text);
        assertWellFormed(text, spans);
        assertThat(spans).extracting(s -> s.of(text))
                .containsExactly("Officials met in Geneva.", "Talks failed.", "U.S. envoys left on Friday.");
        assertThat(spans.get(0)).isEqualTo(new Span(5, 29));
        assertThat(text.indexOf("U.S.")).isEqualTo(spans.get(2).start());
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n\n \t ")).isEmpty();
    }
}
