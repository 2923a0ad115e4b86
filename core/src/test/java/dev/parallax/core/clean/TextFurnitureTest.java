package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFurnitureTest {
    private static LineKind kind(String line) {
        return TextFurniture.refine(line, LineKind.of(line));
    }

    @Test
    void callsToSubscribeOrShareAreTeasers() {
        assertThat(kind("Get the latest headlines delivered to your inbox every weekday morning.")).isEqualTo(LineKind.TEASER);
        assertThat(kind("Sign up for our daily briefing and never miss a story.")).isEqualTo(LineKind.TEASER);
        assertThat(kind("Like this story? Share it with a friend!")).isEqualTo(LineKind.TEASER);
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
}
