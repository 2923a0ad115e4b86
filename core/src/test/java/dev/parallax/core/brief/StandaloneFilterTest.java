package dev.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StandaloneFilterTest {
    private final StandaloneFilter filter = new StandaloneFilter();

    @ParameterizedTest
    @ValueSource(strings = {
        "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.",
        "You can add location information to your Tweets, such as your city or precise location, from the web.",
        "Editor's note: This story has been updated to include comment from the company.",
    })
    void keepsNoticesOfTheSiteOrTheWebOutOfBriefs(String sentence) {
        assertThat(StandaloneFilter.accepts(sentence)).isFalse();
    }

    @Test
    void trimsAWireDatelineAndKeepsTheRestVerbatim() {
        assertThat(filter.standalone("DENVER (AP) — Troy Tulowitzki has a tough name to spell, even at his own ballpark."))
                .contains("Troy Tulowitzki has a tough name to spell, even at his own ballpark.");
        assertThat(filter.standalone("WASHINGTON — The Senate passed the bill on Tuesday by a vote of 68 to 32."))
                .contains("The Senate passed the bill on Tuesday by a vote of 68 to 32.");
        assertThat(filter.standalone("The Colorado Rockies handed out 15,000 jerseys with the shortstop's name misspelled."))
                .contains("The Colorado Rockies handed out 15,000 jerseys with the shortstop's name misspelled.");
    }

    @Test
    void trimsDatelinesInTheirOtherCommonForms() {
        assertThat(filter.standalone("New Delhi: The finance minister presented the annual budget in parliament on Friday."))
                .contains("The finance minister presented the annual budget in parliament on Friday.");
        assertThat(filter.standalone("Paris, June 3 (Reuters) - French unions called a national strike over the pension reform."))
                .contains("French unions called a national strike over the pension reform.");
        assertThat(filter.standalone("Nairobi, March 14 Kenyan police fired tear gas at protesters in the city centre."))
                .contains("Kenyan police fired tear gas at protesters in the city centre.");
        assertThat(filter.standalone("(Reuters) - Oil prices rose on Monday after producers agreed to extend output cuts."))
                .contains("Oil prices rose on Monday after producers agreed to extend output cuts.");
        assertThat(filter.standalone("KATHMANDU, Nepal (AP) — A Swiss climber found the bodies of two climbers on the mountain."))
                .contains("A Swiss climber found the bodies of two climbers on the mountain.");
        assertThat(filter.standalone("OSAN AIR BASE, South Korea (AFNS) -- Forces of both countries held an annual command exercise."))
                .contains("Forces of both countries held an annual command exercise.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "“We lost everything in the flood and nobody has come to help,” she said.",
        "The jurors, he added, “were properly instructed that reasonable doubt was relevant.”",
        "The plant will close in May and about 300 workers will lose their jobs, they said.",
        "I just gave the maximum allowed donation to the Democrat running for my father's seat.",
        "I am sure that she would be willing to host the Academy Awards next year.",
        "We're happy to report that Jack has been found safe inside the terminal.",
        "We are investigating the cause of the outage and will restore service soon.",
        "Our engineers worked through the night to repair the damaged line.",
    })
    void aSpeakerNamedOnlyByAPronounLeansOnTheSentenceBefore(String sentence) {
        assertThat(StandaloneFilter.leans(sentence)).isTrue();
        assertThat(filter.standalone(sentence)).isEmpty();
        assertThat(filter.keepLeaning(sentence)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Four hours later, she told police she regained consciousness in the back seat.",
        "Just days later, the U.S. military announced that it would deploy a missile defense system.",
        "Two weeks later the company recalled the cars.",
        "Shortly after, the police closed the road.",
        "In this case, the finders and the government would split ownership.",
        "According to these reports, which include a map, the base was built in 1955.",
        "If he passes a second FBI background check, he could even haul hazardous materials.",
    })
    void aTimeCountedFromAnUnnamedEventOrACasePointedBackAtLeans(String sentence) {
        assertThat(StandaloneFilter.leans(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hours after the storm passed, crews began clearing the roads into the town.",
        "According to the police, the driver was not hurt in the crash on Monday.",
        "In this year's election, turnout rose to 70 percent across the country.",
        "Days after the earthquake struck, rescuers pulled a girl from the rubble in Antakya.",
        "When she was 12, Jane Smith moved to Paris with her family to study the violin.",
    })
    void aTimeOrSourceThatNamesItsReferenceStandsAlone(String sentence) {
        assertThat(StandaloneFilter.leans(sentence)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Facebook is buying Oculus VR, a startup that makes virtual reality headsets, in a $2 billion deal.",
        "The president wrote on Twitter that the talks had gone well and would resume next week.",
        "The company said in an email that it would appeal the ruling to the state supreme court.",
        "Instagram said it had removed the accounts after a review by its safety team on Monday.",
        "The studio filed a copyright lawsuit against the streaming site in federal court on Friday.",
        "Netflix said 10 million more households subscribe to its service than a year ago.",
        "More than 8 million people sign up for health insurance through the federal exchange each year.",
        "The advertisement aired during the Super Bowl and drew complaints from viewers in several states.",
    })
    void newsThatNamesASocialNetworkOrAnEmailStandsAlone(String sentence) {
        assertThat(filter.standalone(sentence)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "“We lost everything in the flood and nobody has come to help,” Maria Lopez said.",
        "The mayor said he would ask the state for money to rebuild the bridge this year.",
        "The company said they were working to restore power to the remaining homes.",
        "When Merkel arrived in Paris, she told reporters the deal was done and would be signed.",
        "“I lost everything I had in the flood,” Maria Lopez told reporters on Monday.",
        "The veterans of World War I were honoured at a ceremony in the capital on Sunday.",
        "Patients in the phase I trial of the drug reported fewer side effects than expected.",
        "Marijuana remains a Schedule I drug under federal law, the agency said on Monday.",
        "Tsar Alexander I was crowned in Moscow in 1801, the museum's new exhibit shows.",
        "Despicable Me 4 topped the box office for a second weekend, the studio said.",
        "My Lai was the scene of a massacre of villagers by American troops in 1968.",
        "Nixon said, 'I am not a crook,' at a news conference in Florida in 1973.",
        "The senator called the bill ‘my best work’ in an interview with the local newspaper.",
        "“We are investigating the cause,” the utility's spokesman Tom Reed said on Monday.",
        "Western leaders said the talks would resume in Geneva next week, officials said.",
        "Our Lady of Lourdes hospital said two patients were treated for burns on Sunday.",
        "'We won't give up,' the minister told reporters after the vote in parliament.",
        "'I'm not going anywhere,' Johnson said as he left Downing Street on Monday.",
    })
    void aNamedSpeakerStandsAlone(String sentence) {
        assertThat(StandaloneFilter.leans(sentence)).isFalse();
    }

    @Test
    void aSentenceCutShortIsNoStatement() {
        assertThat(filter.standalone("Pope Francis traveled Saturday to this hilltown south of Rome...")).isEmpty();
        assertThat(filter.standalone("Pope Francis has traveled to Castel Gandolfo to have lunch with Benedict…")).isEmpty();
    }

    @Test
    void keepsAnOpeningNameThatIsNotADateline() {
        String s = "North Korea (DPRK) has never confirmed the number of troops it sent abroad.";
        assertThat(filter.standalone(s)).contains(s);
    }

    @Test
    void trimsALeadingConnectiveAndCapitalisesWhatFollows() {
        String s = "But the club said it was aware of the misspelling before the game began.";
        assertThat(filter.standalone(s)).contains("The club said it was aware of the misspelling before the game began.");
        assertThat(filter.keep(s)).get().extracting(span -> span.of(s))
                .isEqualTo("the club said it was aware of the misspelling before the game began.");
        assertThat(filter.standalone("However, the ministry denied that any troops had crossed the border."))
                .contains("The ministry denied that any troops had crossed the border.");
        assertThat(filter.standalone("In addition, the city will open three shelters for families displaced by the fire."))
                .contains("The city will open three shelters for families displaced by the fire.");
    }

    @Test
    void keepsAnAdverbThatOpensAPhraseOfItsOwn() {
        String s = "So far no group has claimed responsibility for the attack on the embassy.";
        assertThat(filter.standalone(s)).contains(s);
    }

    @Test
    void trimsACreditWithoutADashAndAStrayLeadingDash() {
        assertThat(filter.standalone("(CNN) Microsoft co-founder Paul Allen says he has found the wreck of a lost battleship."))
                .contains("Microsoft co-founder Paul Allen says he has found the wreck of a lost battleship.");
        assertThat(filter.standalone("— Police did not identify the bodies that were found on Tuesday near the creek."))
                .contains("Police did not identify the bodies that were found on Tuesday near the creek.");
    }

    @Test
    void keepsExistentialThereAndDemonstrativeTimePhrases() {
        String there = "There were more than 300 people inside the stadium when the roof collapsed.";
        String week = "This week, the winner claimed the prize from the state lottery in a lump sum.";
        assertThat(filter.standalone(there)).contains(there);
        assertThat(filter.standalone(week)).contains(week);
    }

    @Test
    void aListOfNamesIsNoStatement() {
        assertThat(filter.standalone("Jane Levy, Shiloh Fernandez, Lou Taylor Pucci, Jessica Lucas, Elizabeth Blackmore.")).isEmpty();
        String news = "Jane Levy, Shiloh Fernandez and Lou Taylor Pucci star in the remake, which opens on Friday.";
        assertThat(filter.standalone(news)).contains(news);
    }

    @Test
    void keepsASentenceInAScriptWithoutCase() {
        String korean = "타인의 동의를 구하지 않고 일방적으로 두 사람의 관계를 담은 사진을 SNS에 공개한다는 건 분명한 사생활 침해이다.";
        assertThat(filter.standalone(korean)).contains(korean);
    }

    @Test
    void keepsAQuotationThatNamesItsSpeakerAndLeansOneThatDoesNot() {
        String said = "“We will not give up the fight for the town,” the mayor said on Sunday evening.";
        assertThat(filter.standalone(said)).contains(said);
        // a quotation from end to end names no speaker, whoever it speaks of: the sentence before says whose it is
        String third = "“The troops provided significant assistance in defeating the enemy group.”";
        String numeral = "“World War I changed the map of Europe for a whole generation.”";
        for (String quoted : List.of(third, numeral, "“I think I even said to my adviser that I could not trust this data.”")) {
            assertThat(filter.standalone(quoted)).as(quoted).isEmpty();
            assertThat(filter.keepLeaning(quoted)).as(quoted).isPresent();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "There, the soldiers found the weapons that had been hidden in the cellar.",
        "These physical parameters resulted in fractures that surgeons said were severe.",
        "He said the agreement would be signed in the capital next week.",
        "But he said it was aware of the misspelling before the game began.",
        "Is the USA really only the 21st best country in the world today?",
        "Follow us on Twitter for more news about the ongoing investigation today.",
        "Share this story with your friends on Twitter and Facebook today, and tell us what you think.",
        "Email this article to a friend or share it on Facebook Twitter WhatsApp and more.",
        "Click here to sign up for our daily newsletter with the latest news from the region.",
        "Copyright 2019 The Associated Press and its licensors. All rights reserved worldwide.",
        "By John Smith and Jane Doe, Associated Press writers in Washington.",
        "\"The person failed to pull over and the officers had to chase him.",
        "THE SENATE PASSED THE BILL ON TUESDAY BY A VOTE OF 68 TO 32.",
        "Too short to say much.",
        "and the team said it would give out new jerseys in September.",
        "The admission, carried by the state news agency, comes days after the ministry denied it.",
        "The move drew sharp criticism from opposition parties and rights groups on Sunday.",
        "Get Motor Cycle Monthly delivered through your letterbox every month.",
        "“I think I even said to my adviser, ‘I don’t know that I can trust this data, you know?’”",
        "\"We will not give up the fight for the town until the last soldier is home.\"",
    })
    void rejectsWhatCannotStandAlone(String sentence) {
        assertThat(filter.standalone(sentence)).isEmpty();
    }
}
