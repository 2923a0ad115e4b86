package dev.parallax.eval.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Takes sentences by descending score (earlier first on ties) until the word budget is reached. */
final class RankedSelection {
    private RankedSelection() {}

    static List<String> take(List<String> sentences, double[] scores, int budgetWords) {
        List<Integer> order = IntStream.range(0, sentences.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i)).toList();
        List<String> out = new ArrayList<>();
        int words = 0;
        for (int i : order) {
            if (words >= budgetWords) {
                break;
            }
            out.add(sentences.get(i));
            words += dev.parallax.core.annotate.Words.count(sentences.get(i));
        }
        return out;
    }
}
