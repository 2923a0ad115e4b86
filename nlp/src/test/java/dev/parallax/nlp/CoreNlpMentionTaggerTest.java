package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.entity.ArticleEntity;
import dev.parallax.core.annotate.entity.EntityAnnotator;
import dev.parallax.core.annotate.entity.EntityMention;
import dev.parallax.core.annotate.entity.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CoreNLP's entity mentions through the shared pipeline, and Parallax's linking on top, on a real report. */
class CoreNlpMentionTaggerTest {
    private static final String REPORT = """
            Russian President Vladimir Putin on Monday thanked North Korean leader Kim Jong Un for sending troops. \
            Pyongyang sent more than 10,000 soldiers last year, the Korean Central News Agency (KCNA) said.
            Putin said he would meet him in Moscow, and KCNA reported that he agreed.""";

    @Test
    void findsPersonsPlacesAndOrganisationsWithSpansButNoPronouns() {
        List<EntityMention> mentions = NlpModels.mentions().tag(REPORT);
        assertThat(mentions).extracting(EntityMention::text)
                .contains("Vladimir Putin", "Kim Jong Un", "Pyongyang", "Korean Central News Agency", "KCNA", "Moscow")
                .doesNotContain("he", "him");
        mentions.forEach(m -> assertThat(m.span().of(REPORT)).isEqualTo(m.text()));
        assertThat(mentions).filteredOn(m -> m.text().equals("Vladimir Putin")).extracting(EntityMention::type)
                .containsExactly(EntityType.PERSON);
    }

    @Test
    void emptyTextHasNoMentions() {
        assertThat(NlpModels.mentions().tag("")).isEmpty();
        assertThat(new EntityAnnotator(NlpModels.mentions()).annotate("\n \n", "en")).isEmpty();
    }

    @Test
    void linksShortFormsAcronymsAndTheSeatOfGovernment() {
        List<ArticleEntity> entities = new EntityAnnotator(NlpModels.mentions()).annotate(REPORT, "en");
        ArticleEntity putin = entities.stream().filter(e -> e.name().equals("Vladimir Putin")).findFirst().orElseThrow();
        assertThat(putin.mentions()).extracting(EntityMention::text).containsExactly("Vladimir Putin", "Putin");
        ArticleEntity kcna = entities.stream().filter(e -> e.name().equals("Korean Central News Agency")).findFirst().orElseThrow();
        assertThat(kcna.mentions()).extracting(EntityMention::text).contains("KCNA");
        ArticleEntity northKorea = entities.stream().filter(e -> e.name().equals("North Korea")).findFirst().orElseThrow();
        assertThat(northKorea.mentions()).filteredOn(EntityMention::forGovernment).extracting(EntityMention::text)
                .containsExactly("Pyongyang");
        assertThat(entities).extracting(ArticleEntity::name).contains("Moscow");
    }

    @Test
    void aNameCutAtItsPossessiveIsOneMention() {
        String text = "The Democratic People's Republic of Korea sent troops, officials said.";
        List<EntityMention> mentions = NlpModels.mentions().tag(text);
        assertThat(mentions).extracting(EntityMention::text).contains("Democratic People's Republic of Korea")
                .doesNotContain("Democratic People");
        List<ArticleEntity> entities = new EntityAnnotator(NlpModels.mentions()).annotate(text, "en");
        assertThat(entities).extracting(ArticleEntity::name).contains("North Korea");
    }
}
