package dev.parallax.core.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.TestVectors;
import dev.parallax.core.article.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffTopicPassagesTest {
    private static final float[] FLOOD = TestVectors.along(8, 0, 1, 0.1f);
    private static final float[] FLOOD_AID = TestVectors.along(8, 0, 2, 0.4f);
    private static final float[] ELECTION = TestVectors.along(8, 5, 0, 0.3f);

    /** One paragraph per line. */
    private static AnnotatedArticle article(String id, List<List<S>> paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (List<S> p : paragraphs) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            for (S s : p) {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                    text.append(' ');
                }
                int start = text.length();
                text.append(s.text());
                sentences.add(new Sentence(sentences.size(), new Span(start, text.length()), s.text(), s.vector()));
            }
        }
        return new AnnotatedArticle(new Article(id, id, null, null, null, null, null, null, "en", text.toString()),
                sentences, FLOOD);
    }

    private record S(String text, float[] vector) {}

    private static S s(String text, float[] v) {
        return new S(text, v);
    }

    private static final List<List<S>> LEAD = List.of(
            List.of(s("Floods in the Arvale valley forced 3,000 people from their homes on Tuesday.", FLOOD)),
            List.of(s("The Arvale river burst its banks after a week of rain, the regional authority said.", FLOOD)));

    @Test
    void aClosingParagraphAboutOtherNewsIsAPassageToTheEnd() {
        List<List<S>> paras = new ArrayList<>(LEAD);
        paras.add(List.of(s("Rescue teams reached the villages of the Arvale valley by boat.", FLOOD_AID)));
        paras.add(List.of(s("In a separate development, the Corvenian parliament set an election date for March.", ELECTION)));
        paras.add(List.of(s("Prime Minister Dalia Ostrova called the vote a test for her coalition.", ELECTION)));
        AnnotatedArticle a = article("a", paras);
        AnnotatedArticle b = article("b", LEAD);
        List<OffTopicPassages.Passage> found = new OffTopicPassages().find(List.of(a, b));
        assertThat(found).hasSize(1);
        OffTopicPassages.Passage p = found.get(0);
        assertThat(p.articleId()).isEqualTo("a");
        assertThat(p.opener()).isTrue();
        assertThat(p.sentences()).containsExactly(3, 4);
        assertThat(p.span().of(a.article().text())).startsWith("In a separate development").endsWith("coalition.");
    }

    @Test
    void aTopicShiftWordAloneDoesNotMakeAParagraphOffTopic() {
        List<List<S>> paras = new ArrayList<>(LEAD);
        paras.add(List.of(s("Meanwhile, the Arvale regional authority opened shelters for the displaced.", FLOOD_AID)));
        paras.add(List.of(s("Separately, Arvale officials said 3,000 people had been evacuated.", FLOOD)));
        assertThat(new OffTopicPassages().find(List.of(article("a", paras)))).isEmpty();
    }

    @Test
    void aDistantParagraphAboutTheStorysOwnActorsStaysInTheStory() {
        List<List<S>> paras = new ArrayList<>(LEAD);
        paras.add(List.of(s("The Arvale regional authority was founded in 1952.", ELECTION)));
        assertThat(new OffTopicPassages().find(List.of(article("a", paras)))).isEmpty();
    }

    @Test
    void theLeadIsNeverOffTopicAndAPassageEndsWhereTheStoryResumes() {
        List<List<S>> paras = new ArrayList<>();
        paras.add(List.of(s("Meanwhile, in Corvenia, Dalia Ostrova opened her campaign.", ELECTION)));
        paras.addAll(LEAD);
        paras.add(List.of(s("Elsewhere, Corvenian lawmakers in Belmont debated a budget from Dalia Ostrova.", ELECTION)));
        paras.add(List.of(s("Back in the Arvale valley, the river fell and the regional authority began repairs.", FLOOD)));
        List<OffTopicPassages.Passage> found = new OffTopicPassages().find(List.of(article("a", paras)));
        assertThat(found).extracting(OffTopicPassages.Passage::sentences).containsExactly(List.of(3));
    }
}
