package dev.parallax.core.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Concept coverage in the manner of Gillick and Favre (2009): a story's concepts are its content
 * words and word bigrams, each weighted by the number of its sentences that mention it (concepts
 * mentioned once carry no weight); a summary is worth the summed weight of the concepts it covers,
 * each counted once. Mutable: {@link #cover} records what a chosen sentence covers.
 */
final class ConceptCoverage {
    private static final Set<String> STOP = Set.of(("a about above after again against all also am an and any are as at "
            + "be because been before being below between both but by can could did do does doing down during each few for "
            + "from further had has have having he her here hers herself him himself his how i if in into is it its itself "
            + "just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same "
            + "said say says she should so some such than that the their theirs them themselves then there these they this "
            + "those through to too under until up very was we were what when where which while who whom why will with "
            + "would you your yours yourself yourselves s t").split(" "));

    private final Map<String, Double> weights = new HashMap<>();
    private final Set<String> covered = new HashSet<>();

    /** @param sentences every statement of the story */
    ConceptCoverage(List<String> sentences) {
        Map<String, Integer> df = new HashMap<>();
        for (String s : sentences) {
            concepts(s).forEach(c -> df.merge(c, 1, Integer::sum));
        }
        df.forEach((c, n) -> {
            if (n >= 2) {
                weights.put(c, (double) n);
            }
        });
    }

    /** The weight a sentence would add to what is covered so far. */
    double gain(String sentence) {
        double g = 0;
        for (String c : concepts(sentence)) {
            if (!covered.contains(c)) {
                g += weights.getOrDefault(c, 0.0);
            }
        }
        return g;
    }

    void cover(String sentence) {
        covered.addAll(concepts(sentence));
    }

    /** Distinct content words and bigrams (of adjacent words, at least one of them a content word). */
    static Set<String> concepts(String sentence) {
        List<String> words = new ArrayList<>();
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            boolean content = !STOP.contains(words.get(i));
            if (content) {
                out.add(words.get(i));
            }
            if (i + 1 < words.size() && (content || !STOP.contains(words.get(i + 1)))) {
                out.add(words.get(i) + " " + words.get(i + 1));
            }
        }
        return out;
    }
}
