package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFurnitureTest {
    private static LineKind kind(String line) {
        return TextFurniture.refine(line, LineKind.of(line));
    }

    @Test
    void callsToSubscribeOrShareArePrompts() {
        assertThat(kind("Get the latest headlines delivered to your inbox every weekday morning.")).isEqualTo(LineKind.PROMPT);
        assertThat(kind("Sign up for our daily briefing and never miss a story.")).isEqualTo(LineKind.PROMPT);
        assertThat(kind("Like this story? Share it with a friend!")).isEqualTo(LineKind.PROMPT);
        assertThat(kind("Click to share on Twitter (Opens in new window)")).isEqualTo(LineKind.PROMPT);
        assertThat(kind("Click to email this to a friend (Opens in new window)")).isEqualTo(LineKind.PROMPT);
        assertThat(kind("Advertisement Continue reading the main story")).isEqualTo(LineKind.PROMPT);
        assertThat(kind("Stanford sexual assault case: victim impact statement in full Read more")).isEqualTo(LineKind.PROMPT);
        assertThat(kind("Embed Ready to Fight Tonight 3:08 autoplay Copy this code to your website or blog")).isEqualTo(LineKind.PROMPT);
    }

    @Test
    void aVideoOrPhotoPlayerRunIntoALineIsAPrompt() {
        assertThat(kind("JUST WATCHED Ukraine on edge of 'dangerous conflict' Replay More Videos ... MUST WATCH Ukraine on edge "
                + "of 'dangerous conflict' 01:22 The crisis deepened on Monday as troops gathered at the border and leaders met "
                + "in Brussels to discuss new sanctions against the government in Moscow over its actions.")).isEqualTo(LineKind.PROMPT);
    }

    @Test
    void aSignUpFormRunIntoOneLongLineIsAPrompt() {
        String form = "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. "
                + "Invalid email address. Please re-enter. You must select a newsletter to subscribe to. Sign Up You will receive "
                + "emails containing news content, updates and promotions from the paper. You may opt-out at any time. You agree "
                + "to receive occasional updates and special offers for the paper's products and services.";
        assertThat(kind(form)).isEqualTo(LineKind.PROMPT);
        String story = "The company, which sells newsletters to investors, said the number of people who sign up each month "
                + "had doubled since January, and that it would hire twenty more writers this year to keep up with the demand "
                + "from readers in Europe and Asia, its chief executive said on Tuesday.";
        assertThat(kind(story)).isEqualTo(LineKind.PROSE);
    }

    @Test
    void aStandingDisclaimerIsADisclaimer() {
        assertThat(kind("The designations employed and the presentation of material on the map do not imply the expression of "
                + "any opinion whatsoever on the part of the agency concerning the legal status of any country.")).isEqualTo(LineKind.DISCLAIMER);
        assertThat(kind("The views expressed in this column are the author's own.")).isEqualTo(LineKind.DISCLAIMER);
        assertThat(kind("Officials said the new map does not settle the dispute over the border, which both sides claim."))
                .isEqualTo(LineKind.PROSE);
    }

    @Test
    void aVideoPlayersCloseButtonBeforeItsDescriptionIsATeaser() {
        assertThat(kind("CLOSE Bone-chilling cold gripped much of the U.S. as 2018 began, breaking century-old records. Wochit"))
                .isEqualTo(LineKind.TEASER);
        assertThat(kind("Close to 300 people gathered outside the court on Monday to hear the verdict read aloud."))
                .isEqualTo(LineKind.PROSE);
    }

    @Test
    void photoCreditsAndCaptionsWithCreditsAreTeasers() {
        assertThat(kind("Firefighters work near the ridge on Sunday. (AP Photo/Jane Doe)")).isEqualTo(LineKind.TEASER);
        assertThat(kind("Jane Doe/Getty Images")).isEqualTo(LineKind.TEASER);
        assertThat(kind("U.S. military personnel prepare to transfer an injured sailor on board the ship. (Associated Press)"))
                .isEqualTo(LineKind.TEASER);
        assertThat(kind("A police officer watches as a cruiser is removed from Forest Road. (Photo: AP)")).isEqualTo(LineKind.TEASER);
        assertThat(kind("Photo: City Council")).isEqualTo(LineKind.TEASER);
        assertThat(kind("Megan Rapinoe, front, fends off Alyssa Kleiner in the second half at Maryland SoccerPlex. "
                + "(Katherine Frey/The Washington Post)")).isEqualTo(LineKind.TEASER);
    }

    @Test
    void anAuthorBioIsADisclaimerAndARelativeStampAStamp() {
        assertThat(kind("Jane Doe is a health reporter for the paper, covering hospitals and insurance."))
                .isEqualTo(LineKind.DISCLAIMER);
        assertThat(kind("Katherine Spillar is executive editor of Ms. magazine.")).isEqualTo(LineKind.DISCLAIMER);
        assertThat(kind("3 hours ago")).isEqualTo(LineKind.STAMP);
        assertThat(kind("2 days ago at 07:52 am")).isEqualTo(LineKind.STAMP);
    }

    @Test
    void bodySentencesStayProse() {
        assertThat(kind("The mayor said the new bridge would open in the spring after two years of delays."))
                .isEqualTo(LineKind.PROSE);
        assertThat(kind("Officials said the photo was taken three hours before the fire began."))
                .isEqualTo(LineKind.PROSE);
        assertThat(kind("The reporter is a witness in the case, the court was told.")).isEqualTo(LineKind.PROSE);
        assertThat(kind("The deal was approved by the board on Monday (Smith & Sons/Jones Holdings said)."))
                .isEqualTo(LineKind.PROSE);
        assertThat(kind("The company raised its outlook for the year (Chief Executive/President Jane Roe)."))
                .isEqualTo(LineKind.PROSE);
    }

    @Test
    void commentSectionOpenersAreRecognised() {
        assertThat(TextFurniture.opensComments("Leave a Comment")).isTrue();
        assertThat(TextFurniture.opensComments("[ 167 comments ]")).isTrue();
        assertThat(TextFurniture.opensComments("Reply")).isTrue();
        assertThat(TextFurniture.opensComments("Comments are closed for this article.")).isTrue();
        assertThat(TextFurniture.opensComments("The minister declined to reply to questions.")).isFalse();
    }

    @Test
    void commentThreadHeadsAreRecognised() {
        assertThat(TextFurniture.startsThread("34 responses to “Coach: we needed to win this game”")).isTrue();
        assertThat(TextFurniture.startsThread("12 thoughts on “Spring planting”")).isTrue();
        assertThat(TextFurniture.startsThread("thelastfan says:")).isTrue();
        assertThat(TextFurniture.startsThread("Jane Roe on September 12, 2018 at 4:47 pm said:")).isTrue();
        assertThat(TextFurniture.startsThread("In a statement on Monday, the minister said:")).isFalse();
        assertThat(TextFurniture.startsThread("The report says:")).isFalse();
    }

    @Test
    void aLongLinkListRunTogetherIsNotProse() {
        assertThat(kind("Acme | Hospital Solutions Acme | Senior Care Solutions Acme | Psychiatric Facilities Solutions "
                + "Acme | Police and Prisons Solutions Acme | Retail Solutions")).isEqualTo(LineKind.SHORT);
        assertThat(kind("The vote was 52 | 48 in the first round, the commission said on Monday after counting every "
                + "ballot cast in the region.")).isEqualTo(LineKind.PROSE);
    }

    @Test
    void paragraphsWrittenWithoutSpacesAreProse() {
        assertThat(kind("パソコンでそのまま読みたい時もあります。")).isEqualTo(LineKind.PROSE);
        assertThat(kind("市政府周一表示，新桥将在明年春天开放，此前因洪水和钢材短缺延误了两年。")).isEqualTo(LineKind.PROSE);
        assertThat(kind("ホーム")).isEqualTo(LineKind.SHORT);
    }

    @Test
    void aHeadlineRunIntoItsBlurbIsABlurb() {
        assertThat(kind("Customers Leave Without Paying Their Bill At Downtown SteakhouseA party of six left the "
                + "restaurant on Friday without paying.")).isEqualTo(LineKind.BLURB);
        assertThat(kind("Is Violence In Sports On The Rise?Violence is part of the game in many sports, but one "
                + "player crossed a line.")).isEqualTo(LineKind.BLURB);
        assertThat(kind("McDonald's said sales of its new burger rose in the quarter, while the company's PlayStation "
                + "deal lifted its shares.")).isEqualTo(LineKind.PROSE);
        assertThat(kind("HONOLULU, Hawaii (HawaiiNewsNow) - Scientists using a telescope have confirmed the presence "
                + "of water vapor.")).isEqualTo(LineKind.PROSE);
    }

    @Test
    void aLongRunOfWordsWithoutPunctuationIsATagCloud() {
        assertThat(kind("Administration Agriculture Campaign Training Fuels Notice Contest Councils Culture Defence "
                + "Sport Education Elections Events Finance Housing Health Industry Justice Labour Tourism Transport"))
                .isEqualTo(LineKind.BLURB);
        assertThat(kind(String.join(" ", java.util.Collections.nCopies(8, "adopt a friend water alert")))
                ).isEqualTo(LineKind.BLURB);
        assertThat(kind("Feel a deep desire to build a business that makes a difference but are not sure what it is "
                + "going to take")).isEqualTo(LineKind.PROSE);
    }

    @Test
    void fourShortLinesOfOneShapeAreItemsOfAList() {
        java.util.List<String> lines = java.util.List.of("Tour dates", "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre",
                "June 10 – Tampa, FL @ Credit Union Amphitheatre", "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre",
                "July 2 – Uncasville, CT @ Mohegan Sun Arena", "Contact us");
        java.util.List<LineKind> kinds = lines.stream().map(TextFurnitureTest::kind).toList();
        assertThat(TextFurniture.listItems(lines, kinds)).containsExactly(false, true, true, true, true, false);
    }

    @Test
    void menusAndArchiveLinksAreNotItemsOfAList() {
        java.util.List<String> menu = java.util.List.of("News of Formula 1", "Standings of Formula 1",
                "Calendar of Formula 1", "Drivers and Teams of Formula 1");
        java.util.List<String> archive = java.util.List.of("November (113)", "October (217)", "September (193)",
                "August (183)", "July (155)");
        assertThat(TextFurniture.listItems(menu, menu.stream().map(TextFurnitureTest::kind).toList()))
                .containsOnly(false);
        assertThat(TextFurniture.listItems(archive, archive.stream().map(TextFurnitureTest::kind).toList()))
                .containsOnly(false);
    }
}
