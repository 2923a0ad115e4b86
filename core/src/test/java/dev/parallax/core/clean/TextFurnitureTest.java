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
    }

    @Test
    void photoCreditsAndCaptionsWithCreditsAreTeasers() {
        assertThat(kind("Firefighters work near the ridge on Sunday. (AP Photo/Jane Doe)")).isEqualTo(LineKind.TEASER);
        assertThat(kind("Jane Doe/Getty Images")).isEqualTo(LineKind.TEASER);
        assertThat(kind("Photo: City Council")).isEqualTo(LineKind.TEASER);
    }

    @Test
    void anAuthorBioIsADisclaimerAndARelativeStampAStamp() {
        assertThat(kind("Jane Doe is a health reporter for the paper, covering hospitals and insurance."))
                .isEqualTo(LineKind.DISCLAIMER);
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
}
