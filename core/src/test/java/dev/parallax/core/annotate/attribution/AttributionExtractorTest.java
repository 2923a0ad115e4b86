package dev.parallax.core.annotate.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.attribution.Attribution.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AttributionExtractorTest {

    /** Sentences for the tests: lines, split after . ! ? (and a closing quote) before a capital or an opening quote. */
    static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        Matcher line = Pattern.compile("[^\\n]+").matcher(text);
        while (line.find()) {
            int start = line.start();
            Matcher cut = Pattern.compile("(?<=[.!?][”\"]?)\\s+(?=[“\"A-Z])").matcher(text).region(line.start(), line.end());
            while (cut.find()) {
                out.add(new Span(start, cut.start()));
                start = cut.end();
            }
            out.add(new Span(start, line.end()));
        }
        return out;
    }

    static List<Attribution> extract(String text) {
        return AttributionExtractor.standard().extract(text, sentences(text));
    }

    static String s(String text, Span span) {
        return span == null ? null : span.of(text);
    }

    @Test
    void aNamesFameIsNoAttribution() {
        assertThat(extract("Prodigy, the rapper best known for his work as half of New York duo Mobb Deep, died in Las Vegas."))
                .isEmpty();
        assertThat(extract("Albert Johnson, known as Prodigy to millions of fans, was 42.")).isEmpty();
    }

    @Test
    void aCueThatEndsTheSentenceIsNoCrash() {
        assertThat(extract("'La La Land' wins it all — or so it seems")).isEmpty();
        assertThat(extract("The film wins it all, or so it seems.")).isEmpty();
    }

    @Test
    void reportedSpeechWithThat() {
        String text = "The minister said that the talks would resume next week.";
        Attribution a = extract(text).get(0);
        assertThat(a.kind()).isEqualTo(Kind.REPORTED);
        assertThat(s(text, a.source())).isEqualTo("The minister");
        assertThat(s(text, a.cue())).isEqualTo("said");
        assertThat(s(text, a.content().get(0))).isEqualTo("the talks would resume next week");
    }

    @Test
    void aSecondVerbOfSayingJoinedByAndEndsTheFirstContentAndTakesItsSource() {
        String text = "The governor praised the senator's record on defence and said the senator could bring change to Washington.";
        List<Attribution> found = extract(text);
        assertThat(found).extracting(a -> s(text, a.cue())).containsExactly("praised", "said");
        assertThat(s(text, found.get(0).content().get(0))).isEqualTo("the senator's record on defence");
        assertThat(s(text, found.get(1).source())).isEqualTo("The governor");
        assertThat(s(text, found.get(1).content().get(0))).isEqualTo("the senator could bring change to Washington");
    }

    @Test
    void aLearnedPassiveCueWithoutAnAgentNamesNoSource() {
        String text = "The governor is accused of hiding the report from the legislature.";
        List<Attribution> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(s(text, found.get(0).cue())).contains("accused");
        assertThat(found.get(0).source()).isNull();
        assertThat(s(text, found.get(0).content().get(0))).isEqualTo("hiding the report from the legislature");
    }

    @Test
    void aParticipleOfStateBeforeThatOrAboutIsTheSubjectsOwnNotAPassive() {
        String text = "Many local farmers were worried that the new dam would flood their fields.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.cue())).isEqualTo("were worried");
        assertThat(s(text, a.source())).isEqualTo("Many local farmers");
        assertThat(s(text, a.content().get(0))).isEqualTo("the new dam would flood their fields");
        // An expletive subject and a verb of saying stay passives without a source.
        String it = "It was feared that the new dam would flood the fields.";
        assertThat(extract(it).get(0).source()).isNull();
        String told = "The farmers were told that the new dam would flood their fields.";
        assertThat(extract(told)).allSatisfy(x -> assertThat(s(told, x.source())).isNotEqualTo("The farmers"));
    }

    @Test
    void anAttributionWithAWeakCueIsDroppedUnlessThatFollowsIt() {
        String text = "The minister said the talks would resume next week.";
        AttributionExtractor rules = AttributionExtractor.rulesOnly();
        assertThat(rules.extract(text, sentences(text))).hasSize(1);
        assertThat(WeakCues.key(text, rules.extract(text, sentences(text)).get(0))).isEqualTo("said");
        AttributionExtractor weakSaid = rules.withWeakCues(WeakCues.of(java.util.Set.of("said")));
        assertThat(weakSaid.extract(text, sentences(text))).isEmpty();
        assertThat(rules.withWeakCues(WeakCues.of(java.util.Set.of("told"))).extract(text, sentences(text))).hasSize(1);
        String withThat = "The minister said that the talks would resume next week.";
        assertThat(weakSaid.extract(withThat, sentences(withThat))).hasSize(1);
        assertThat(WeakCues.standard().size()).isPositive();
    }

    @Test
    void aProgressiveCueKeepsItsSubjectAsTheSource() {
        String text = "Attorney General Loretta Lynch is reaffirming that the inquiry is free of outside political influence.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.cue())).isEqualTo("is reaffirming");
        assertThat(s(text, a.source())).isEqualTo("Attorney General Loretta Lynch");
        assertThat(s(text, a.content().get(0))).isEqualTo("the inquiry is free of outside political influence");
    }

    @Test
    void accordingToWithALongSourceBeforeItsComma() {
        String text = "According to early results of the exit polls conducted for the Associated Press and television networks "
                + "by Edison Research, majorities of voters in all five states want a change.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.cue())).isEqualTo("According to");
        assertThat(s(text, a.source())).startsWith("early results").endsWith("Edison Research");
        assertThat(s(text, a.content().get(0))).isEqualTo("majorities of voters in all five states want a change");
    }

    @Test
    void aNameWithAnAppositionAfterAQuotationIsTheSourceNotTheObjectOfTold() {
        String text = "“We were wrong to not have confronted him from the beginning,” Ramos, 58, told AFP in an interview.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.cue())).isEqualTo("told");
        assertThat(s(text, a.source())).isEqualTo("Ramos, 58,");
    }

    @Test
    void aParticipleCueTakesTheSubjectOfTheClauseItHangsOn() {
        String text = "In the debate, Trump hewed more to the president's approach, noting that the two groups are enemies.";
        Attribution a = extract(text).stream().filter(x -> s(text, x.cue()).equals("noting")).findFirst().orElseThrow();
        assertThat(s(text, a.source())).isEqualTo("Trump");
        assertThat(s(text, a.content().get(0))).isEqualTo("the two groups are enemies");
    }

    @Test
    void aSentenceCutAfterATitleIsJoinedToTheNameAfterIt() {
        String text = "“We will win,” Mrs. Clinton said.";
        List<Span> cut = List.of(new Span(0, text.indexOf("Mrs.") + 4), new Span(text.indexOf("Clinton"), text.length()));
        Attribution a = AttributionExtractor.standard().extract(text, cut).get(0);
        assertThat(s(text, a.source())).isEqualTo("Mrs. Clinton");
        assertThat(s(text, a.content().get(0))).isEqualTo("“We will win,”");
    }

    @Test
    void saidOfAnObjectLeavesTheQuotationBeforeAsTheContent() {
        String text = "“She just made it up,” he said of the claim during a call to ABC’s “This Week.”";
        assertThat(extract(text)).hasSize(1);         // the adjunct after the cue holds no learned cue ("call")
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.cue())).isEqualTo("said");
        assertThat(s(text, a.content().get(0))).isEqualTo("“She just made it up,”");
    }

    @Test
    void aDatelineWithADateIsNotPartOfTheSource() {
        String text = "Lagos, March 3 Nigeria confirmed that the border would reopen.\n\n"
                + "Nairobi, June 3 (AFP) – Kenya said that talks would resume.";
        List<Attribution> found = extract(text);
        assertThat(found).extracting(a -> s(text, a.source())).containsExactly("Nigeria", "Kenya");
    }

    @Test
    void aMannerAdverbBeforeTheCueIsNotPartOfTheSourcesName() {
        String text = "For the first time, the Kenyan government officially confirmed that the border would reopen.\n\n"
                + "The family said that the funeral would be private.";
        List<Attribution> found = extract(text);
        assertThat(found).extracting(Attribution::sourceName).containsExactly("the Kenyan government", "The family");
    }

    @Test
    void reportedSpeechWithoutThatAndATitleStrippedFromTheName() {
        String text = "Foreign Minister Wang Yi said the visit was a success.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.source())).isEqualTo("Foreign Minister Wang Yi");
        assertThat(a.sourceName()).isEqualTo("Wang Yi");
        assertThat(s(text, a.content().get(0))).isEqualTo("the visit was a success");
    }

    @Test
    void directQuoteSplitByTheCueIsOneAttributionWithTwoFragments() {
        String text = "“We will not back down,” she said, “not now and not ever.”";
        List<Attribution> all = extract(text);
        assertThat(all).hasSize(1);
        Attribution a = all.get(0);
        assertThat(a.kind()).isEqualTo(Kind.DIRECT);
        assertThat(s(text, a.source())).isEqualTo("she");
        assertThat(a.content()).extracting(c -> c.of(text))
                .containsExactly("“We will not back down,”", "“not now and not ever.”");
    }

    @Test
    void contentFirstThenSourceAndCue() {
        String text = "Turnout was the highest in decades, election officials said on Sunday.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.source())).isEqualTo("election officials");
        assertThat(s(text, a.content().get(0))).isEqualTo("Turnout was the highest in decades");
    }

    @Test
    void invertedCueWithAnApposition() {
        String text = "“The law is clear,” said Maria Lopez, a lawyer for the families.";
        Attribution a = extract(text).get(0);
        assertThat(a.kind()).isEqualTo(Kind.DIRECT);
        assertThat(s(text, a.source())).isEqualTo("Maria Lopez, a lawyer for the families");
        assertThat(a.sourceName()).isEqualTo("Maria Lopez");
    }

    @Test
    void appositionBetweenSourceAndCue() {
        String text = "John Smith, 54, a farmer from Iowa, said he would vote for the challenger.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.source())).isEqualTo("John Smith, 54, a farmer from Iowa,");
        assertThat(a.sourceName()).isEqualTo("John Smith");
        assertThat(s(text, a.content().get(0))).isEqualTo("he would vote for the challenger");
    }

    @Test
    void accordingToBeforeAndAfterTheContent() {
        String before = "According to the police, three people were arrested.";
        Attribution a = extract(before).get(0);
        assertThat(s(before, a.cue())).isEqualTo("According to");
        assertThat(s(before, a.source())).isEqualTo("the police");
        assertThat(s(before, a.content().get(0))).isEqualTo("three people were arrested");

        String after = "Three people were arrested, according to the police.";
        Attribution b = extract(after).get(0);
        assertThat(s(after, b.source())).isEqualTo("the police");
        assertThat(s(after, b.content().get(0))).isEqualTo("Three people were arrested");
    }

    @Test
    void toldReportersSkipsTheObject() {
        String text = "The governor told reporters that the roads would reopen on Monday.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.cue())).isEqualTo("told");
        assertThat(s(text, a.content().get(0))).isEqualTo("the roads would reopen on Monday");
    }

    @Test
    void addedAndWarnedAreCues() {
        String text = "The mayor added that the budget was balanced. The union warned that a strike was possible.";
        assertThat(extract(text)).extracting(a -> a.cue().of(text)).containsExactly("added", "warned");
    }

    @Test
    void passiveWithoutSource() {
        String text = "It was announced that the factory would close.";
        Attribution a = extract(text).get(0);
        assertThat(a.source()).isNull();
        assertThat(a.sourceName()).isNull();
        assertThat(s(text, a.content().get(0))).isEqualTo("the factory would close");
    }

    @Test
    void partialQuote() {
        String text = "The senator called the proposal “reckless and dangerous.”";
        Attribution a = extract(text).get(0);
        assertThat(a.kind()).isEqualTo(Kind.PARTIAL);
        assertThat(s(text, a.cue())).isEqualTo("called");
    }

    @Test
    void quotedParagraphAfterAnAttributionContinuesIt() {
        String text = "“The vote is over,” Jones said.\n\n“Now we govern.”";
        List<Attribution> all = extract(text);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).content()).extracting(c -> c.of(text)).containsExactly("“The vote is over,”", "“Now we govern.”");
    }

    @Test
    void pronounSourceResolvedToTheNearestEarlierPerson() {
        String text = "Angela Merkel said the deal was fair. She added that talks would continue.";
        List<Attribution> all = extract(text);
        assertThat(all).hasSize(2);
        Attribution he = all.get(1);
        assertThat(s(text, he.source())).isEqualTo("She");
        assertThat(he.resolved()).isTrue();
        assertThat(he.sourceName()).isEqualTo("Angela Merkel");
        assertThat(s(text, he.resolvedFrom())).isEqualTo("Angela Merkel");
    }

    @Test
    void pronounItResolvesToAnOrganisationNotAPerson() {
        String text = "John Brown said prices rose. The Finance Ministry said the rise was temporary. It added that rates would hold.";
        Attribution it = extract(text).get(2);
        assertThat(it.sourceName()).isEqualTo("The Finance Ministry");
        assertThat(it.resolved()).isTrue();
    }

    @Test
    void channelStatementCarriedByAnAgency() {
        String text = "The ministry said in a statement carried by KCNA that the test was a success.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.cue())).isEqualTo("said in a statement");
        assertThat(a.channel()).extracting(ChannelLink::name, ChannelLink::role, ChannelLink::relation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("The ministry", ChannelLink.Role.SPEAKER, ""),
                org.assertj.core.groups.Tuple.tuple("KCNA", ChannelLink.Role.RELAY, "carried by"));
    }

    @Test
    void channelAsReportedByAndAccordingToAMedium() {
        String text = "“We are ready,” the commander said, as reported by Reuters.";
        assertThat(extract(text).get(0).channel()).extracting(ChannelLink::name).containsExactly("the commander", "Reuters");

        String text2 = "The president said the border would stay closed, according to Xinhua.";
        assertThat(extract(text2).get(0).channel()).extracting(ChannelLink::name, ChannelLink::relation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("The president", ""),
                org.assertj.core.groups.Tuple.tuple("Xinhua", "according to"));
    }

    @Test
    void channelToldABroadcasterAndAPostOnX() {
        String text = "The envoy told state broadcaster CCTV that the talks had stalled.";
        assertThat(extract(text).get(0).channel()).extracting(ChannelLink::name, ChannelLink::relation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The envoy", ""),
                        org.assertj.core.groups.Tuple.tuple("state broadcaster CCTV", "told"));

        String post = "The candidate wrote in a post on X that the race was over.";
        assertThat(extract(post).get(0).channel()).extracting(ChannelLink::name).containsExactly("The candidate", "X");
    }

    @Test
    void channelAgencyCitingOfficialsPutsTheCitedSourceFirst() {
        String text = "The launch was delayed by a day, Kyodo reported, citing government sources.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.source())).isEqualTo("Kyodo");
        assertThat(a.channel()).extracting(ChannelLink::name, ChannelLink::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("government sources", ChannelLink.Role.SPEAKER),
                org.assertj.core.groups.Tuple.tuple("Kyodo", ChannelLink.Role.RELAY));
    }

    @Test
    void noChannelWhenTheArticleStatesNone() {
        String text = "The senator said the bill would pass.";
        assertThat(extract(text).get(0).channel()).isEmpty();
    }

    @Test
    void nounsThatLookLikeCuesAreNotCues() {
        String text = "The report was published in May. Federal dollars that support schools are at stake. The state of the economy is poor.";
        assertThat(extract(text)).isEmpty();
    }

    @Test
    void unbalancedQuoteEndsAtItsParagraph() {
        String text = "He said: “This quote never closes\n\nThe next paragraph has no quotation. Officials said the roads were open.";
        List<Attribution> all = extract(text);
        assertThat(all).extracting(a -> a.cue().of(text)).containsExactly("said", "said");
        assertThat(all.get(0).content().get(0).end()).isLessThanOrEqualTo(text.indexOf('\n'));
        assertThat(s(text, all.get(1).content().get(0))).isEqualTo("the roads were open");
    }

    @Test
    void straightCurlyAndMixedQuotationMarks() {
        for (String q : List.of("\"We won,\"", "“We won,”", "“We won,\"")) {
            String text = q + " the coach said.";
            Attribution a = extract(text).get(0);
            assertThat(a.kind()).as(q).isEqualTo(Kind.DIRECT);
            assertThat(s(text, a.content().get(0))).as(q).isEqualTo(q);
        }
    }

    @Test
    void veryLongParagraphIsReadWithSpansInsideTheText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append("The official said the count was ").append(i).append(", “and rising” ");
        }
        String text = sb.toString();
        List<Attribution> all = AttributionExtractor.standard().extract(text, List.of(new Span(0, text.length())));
        assertThat(all).isNotEmpty();
        assertThat(all).allSatisfy(a -> a.content().forEach(c -> assertThat(c.end()).isLessThanOrEqualTo(text.length())));
    }

    @Test
    void emptyAndQuoteOnlyTexts() {
        assertThat(AttributionExtractor.standard().extract("", List.of())).isEmpty();
        String text = "“”\"\"«»";
        assertThat(AttributionExtractor.standard().extract(text, List.of(new Span(0, text.length())))).isEmpty();
    }

    @Test
    void typewriterQuotationMarksAreQuotations() {
        String text = "''We will win this state,'' said Maria Lopez, a campaign aide.";
        Attribution a = extract(text).get(0);
        assertThat(a.kind()).isEqualTo(Kind.DIRECT);
        assertThat(s(text, a.content().get(0))).isEqualTo("''We will win this state,''");
        assertThat(s(text, a.source())).isEqualTo("Maria Lopez, a campaign aide");
    }

    @Test
    void relativeClauseCueAndTheOuterCueBothRead() {
        String text = "Barkley, who said he usually votes for the Greens, said the race was close.";
        List<Attribution> all = extract(text);
        assertThat(all).extracting(a -> s(text, a.source())).containsExactly("who", "Barkley");
        assertThat(s(text, all.get(0).content().get(0))).isEqualTo("he usually votes for the Greens");
        assertThat(s(text, all.get(1).content().get(0))).isEqualTo("the race was close");
    }

    @Test
    void sourceWithAPartyInParenthesesAndAnAdverbialBeforeTheCue() {
        String text = "Senator Ann Bell (D-Ore.) on Tuesday said the bill would fail.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.source())).isEqualTo("Senator Ann Bell (D-Ore.) on Tuesday");
        assertThat(s(text, a.content().get(0))).isEqualTo("the bill would fail");
    }

    @Test
    void secondVerbOfTheSubjectIsACue() {
        String text = "The mayor visited the site on Friday and said the repairs would take a year.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.source())).isEqualTo("The mayor");
        assertThat(s(text, a.content().get(0))).isEqualTo("the repairs would take a year");
    }

    @Test
    void clauseAfterTheCueIsNoInvertedSource() {
        String text = "Six newspapers in the state, including the largest, said he was unfit for office.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.source())).isEqualTo("Six newspapers in the state, including the largest,");
        assertThat(s(text, a.content().get(0))).isEqualTo("he was unfit for office");
    }

    @Test
    void headlineWithANameAndAColon() {
        String text = "Graham: Party Cannot Win With This Message\n\nThe senator spoke on Sunday.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.source())).isEqualTo("Graham");
        assertThat(s(text, a.cue())).isEqualTo(":");
        assertThat(s(text, a.content().get(0))).isEqualTo("Party Cannot Win With This Message");
    }

    @Test
    void questionPutWithoutASource() {
        String text = "Asked whether the plan would pass, 60 percent of voters said no.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.cue())).isEqualTo("Asked");
        assertThat(a.source()).isNull();
        assertThat(s(text, a.content().get(0))).isEqualTo("whether the plan would pass");
    }

    @Test
    void pollAsTheSourceOfTheClauseAfterIt() {
        String text = "In a state poll released Monday, the governor led by eight points.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.cue())).isEqualTo("In");
        assertThat(s(text, a.source())).isEqualTo("a state poll released Monday");
        assertThat(s(text, a.content().get(0))).isEqualTo("the governor led by eight points");
    }

    @Test
    void raisingVerbTakesItsSubjectAndComplementAsContent() {
        String text = "The merger is expected to close next year.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.cue())).isEqualTo("is expected");
        assertThat(a.source()).isNull();
        assertThat(a.content()).extracting(c -> c.of(text)).containsExactly("The merger", "to close next year");
    }

    @Test
    void stanceVerbWithItsPrepositionAndAParticiple() {
        String text = "The governor talked about the budget. “It is over,” Ramos said, referring to the strike.";
        List<Attribution> all = extract(text);
        assertThat(all).extracting(a -> s(text, a.cue())).containsExactly("talked about", "said", "referring");
        assertThat(s(text, all.get(0).content().get(0))).isEqualTo("the budget");
        assertThat(s(text, all.get(2).source())).isEqualTo("Ramos");
        assertThat(s(text, all.get(2).content().get(0))).isEqualTo("to the strike");
    }

    @Test
    void aContentEndsWhereASecondSourceAndCueBegin() {
        String text = "The mayor praised the new budget, and Smith, the finance minister, insisted that taxes would not rise.";
        List<Attribution> found = extract(text);
        assertThat(found).extracting(a -> s(text, a.cue())).containsExactly("praised", "insisted");
        assertThat(s(text, found.get(0).source())).isEqualTo("The mayor");
        assertThat(s(text, found.get(0).content().get(0))).isEqualTo("the new budget");
        assertThat(s(text, found.get(1).source())).isEqualTo("Smith, the finance minister,");
        assertThat(s(text, found.get(1).content().get(0))).isEqualTo("taxes would not rise");
    }

    @Test
    void aContentEndsBeforeAClauseWithItsOwnVerbOfSaying() {
        String text = "Most voters said the economy was their top concern, while about 4 in 10 said immigration mattered most.";
        List<Attribution> found = extract(text);
        assertThat(found).extracting(a -> s(text, a.cue())).containsExactly("said", "said");
        assertThat(s(text, found.get(0).content().get(0))).isEqualTo("the economy was their top concern");
        assertThat(s(text, found.get(1).source())).isEqualTo("about 4 in 10");
        assertThat(s(text, found.get(1).content().get(0))).isEqualTo("immigration mattered most");
    }

    @Test
    void aContentThatOpensWithAnotherVerbOfSayingStaysWhole() {
        String text = "The senator said critics called the bill a giveaway.";
        List<Attribution> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(s(text, found.get(0).content().get(0))).isEqualTo("critics called the bill a giveaway");
    }

    @Test
    void aParticipleAfterACommaInsideTheClosingQuoteStartsItsOwnAttribution() {
        String text = "Cruz said there is “only one conservative in a position to win this race,” adding that rivals attack him daily.";
        List<Attribution> found = extract(text);
        assertThat(found).extracting(a -> s(text, a.cue())).containsExactly("said", "adding");
        assertThat(s(text, found.get(0).content().get(0))).isEqualTo("there is “only one conservative in a position to win this race,”");
        assertThat(s(text, found.get(1).source())).isEqualTo("Cruz");
        assertThat(s(text, found.get(1).content().get(0))).isEqualTo("rivals attack him daily");
    }

    @Test
    void aSecondVerbOfSayingInASubordinateClauseTakesThatClausesSubject() {
        String text = "Several people left early, and when the mayor thanked the volunteers and said the park would reopen in May, the crowd cheered.";
        List<Attribution> found = extract(text);
        Attribution said = found.stream().filter(a -> s(text, a.cue()).equals("said")).findFirst().orElseThrow();
        assertThat(s(text, said.source())).isEqualTo("the mayor");
        assertThat(found).noneMatch(a -> s(text, a.content().get(0)).contains("and said"));
    }

    @Test
    void aNounPhraseContentEndsBeforeACommaAndASubordinateClauseWithItsOwnSubject() {
        String text = "The ministry confirmed the delegation's arrival, while the president on Monday visited the border.";
        Attribution a = extract(text).get(0);
        assertThat(s(text, a.cue())).isEqualTo("confirmed");
        assertThat(s(text, a.content().get(0))).isEqualTo("the delegation's arrival");
    }

    @Test
    void aNounPhraseContentKeepsAPrepositionalPhraseAfterASubordinatorAndAClauseContentKeepsItsClauses() {
        String pp = "The ministry confirmed the delegation's arrival, after the talks in Geneva.";
        assertThat(s(pp, extract(pp).get(0).content().get(0))).isEqualTo("the delegation's arrival, after the talks in Geneva");
        String clause = "The minister said the talks had failed, while the army waited at the border.";
        assertThat(s(clause, extract(clause).get(0).content().get(0))).isEqualTo("the talks had failed, while the army waited at the border");
    }

    @Test
    void aSecondCueVerbOfThinkingJoinedByAndEndsTheFirstContentAndTakesItsSource() {
        String text = "The mayor said the budget was balanced and called the audit a distraction.";
        List<Attribution> found = extract(text);
        assertThat(found).extracting(a -> s(text, a.cue())).containsExactly("said", "called");
        assertThat(s(text, found.get(0).content().get(0))).isEqualTo("the budget was balanced");
        assertThat(s(text, found.get(1).source())).isEqualTo("The mayor");
    }

    @Test
    void twoCuesOfOneSubjectAfterAnOpeningParticipleShareTheSubjectNotTheParticiple() {
        // "referred" is a learned cue: at the threshold 0.55 the model takes it here, not in every such sentence.
        String text = "Speaking in Ohio on Monday, the governor referred to the mayor as “an old ally” but described her budget as reckless.";
        List<Attribution> found = extract(text);
        assertThat(found).extracting(a -> s(text, a.source())).containsExactly("the governor", "the governor");
        assertThat(s(text, found.get(0).content().get(0))).isEqualTo("the mayor as “an old ally”");
        assertThat(s(text, found.get(1).content().get(0))).isEqualTo("her budget as reckless");
    }
}
