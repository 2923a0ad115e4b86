package dev.parallax.eval.summary;

import dev.parallax.core.annotate.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The greedy extractive oracle (Nallapati et al. 2017): adds the sentence that most raises
 * ROUGE-1 F1 + ROUGE-2 F1 against the reference, scored after the budget cut, until none raises it.
 * It reads the reference: an upper scale for extractive systems, not a system.
 */
public final class GreedyOracle implements Summarizer {
    private final Rouge rouge = new Rouge();

    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public List<String> summarize(ClusterMaterial cluster, int budgetWords) {
        List<String> texts = cluster.sentences().stream().map(Sentence::text).toList();
        java.util.Map<String, List<String>> tokens = new java.util.HashMap<>();
        List<String> ref = rouge.tokens(cluster.cluster().summary());
        List<String> chosen = new ArrayList<>();
        boolean[] used = new boolean[texts.size()];
        double current = 0;
        while (WordBudget.count(chosen) < budgetWords) {
            int best = -1;
            double bestScore = current;
            for (int i = 0; i < texts.size(); i++) {
                if (used[i]) {
                    continue;
                }
                chosen.add(texts.get(i));
                double s = gain(WordBudget.cut(chosen, budgetWords), ref, tokens);
                chosen.remove(chosen.size() - 1);
                if (s > bestScore + 1e-12) {
                    best = i;
                    bestScore = s;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            chosen.add(texts.get(best));
            current = bestScore;
        }
        return chosen;
    }

    private double gain(List<String> summary, List<String> ref, java.util.Map<String, List<String>> tokens) {
        List<String> c = new ArrayList<>();
        summary.forEach(s -> c.addAll(tokens.computeIfAbsent(s, rouge::tokens)));
        return rouge.rougeN(c, ref, 1).f1() + rouge.rougeN(c, ref, 2).f1();
    }
}
