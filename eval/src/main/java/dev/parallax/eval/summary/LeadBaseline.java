package dev.parallax.eval.summary;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The lead baseline: the articles' first sentences round-robin (every first, then every second, …). */
public final class LeadBaseline implements Summarizer {
    @Override
    public String name() {
        return "lead";
    }

    @Override
    public List<String> summarize(ClusterMaterial cluster, int budgetWords) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int words = 0;
        int longest = cluster.articles().stream().mapToInt(a -> a.sentences().size()).max().orElse(0);
        for (int i = 0; i < longest && words < budgetWords; i++) {
            for (AnnotatedArticle a : cluster.articles()) {
                if (i < a.sentences().size() && words < budgetWords) {
                    Sentence s = a.sentences().get(i);
                    if (seen.add(s.text().strip())) {
                        out.add(s.text());
                        words += s.wordCount();
                    }
                }
            }
        }
        return out;
    }
}
