package dev.parallax.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.article.Article;
import dev.parallax.core.article.ArticleIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages the clean stage rejects belong to no story: each is scored as a singleton, for every system. */
class RejectedPagesTest {
    private static GoldDocument doc(String text, String gold) {
        return new GoldDocument(new Article(ArticleIds.forText(text), gold, null, null, null, null, null, null, null, text),
                gold);
    }

    @Test
    void aNoticePageIsNotAnArticle() {
        List<GoldDocument> docs = List.of(
                doc("The central bank raised its main interest rate by half a point on Monday.", "a"),
                doc("Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. "
                        + "Flowing in every day, these data are added to the Wayback Machine after an embargo period.", "a"),
                doc("The parliament election is over in Turkmenistan.", "b"));
        assertThat(ClusteringEvaluation.accepted(docs)).containsExactly(0, 2);
    }

    @Test
    void rejectedPagesBecomeSingletonsAfterTheStories() {
        // three documents kept, in stories 0, 1, 0; documents 1 and 3 rejected
        int[] labels = ClusteringEvaluation.withRejected(new int[] {0, 1, 0}, new int[] {0, 2, 4}, 5);
        assertThat(labels).containsExactly(0, 2, 1, 3, 0);
    }

    @Test
    void theCeilingIsTheGoldWithRejectedPagesApart() {
        int[] gold = {0, 0, 1, 1};
        assertThat(ClusteringCeiling.rejected(gold, new int[] {0, 1, 2})).containsExactly(0, 0, 1, 2);
        // the rejected page of cluster 1 costs its own recall and its mate's: B³ recall (1+1+1/2+1/2)/4
        assertThat(ClusterMetrics.score(gold, ClusteringCeiling.rejected(gold, new int[] {0, 1, 2})).recall())
                .isEqualTo(0.75);
    }
}
