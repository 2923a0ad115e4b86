package dev.parallax.core.brief;

import dev.parallax.core.annotate.StopWords;
import dev.parallax.core.annotate.Vectors;
import dev.parallax.core.annotate.Words;
import dev.parallax.core.clean.SiteNotice;
import dev.parallax.core.corroborate.ClaimGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The features of one brief candidate within its story, as {@link SentenceScorer} reads them. Only
 * the story itself is used (no statistics from other stories): position in the articles, length,
 * centrality by embedding and by words, independent support, concept weight, and the shape of the
 * sentence (figures, quotation, names, a notice of the site).
 */
final class SentenceFeatures {
    /** The features' names, in order; {@code SentenceScorer}'s coefficients follow them. */
    static final List<String> NAMES = List.of("centrality", "lexical", "early", "first", "first3", "place", "log_words",
            "support", "support_share", "concepts", "number", "quote", "names", "web_terms", "notice", "members");
    /** The index of "quote": 1 when the sentence holds a quotation mark. */
    static final int QUOTE_FEATURE = NAMES.indexOf("quote");

    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern QUOTE = Pattern.compile("[\"“”]");
    private final float[] centroid;
    private final Map<String, Integer> sentenceCounts;
    private final Map<String, Double> lexicalCentroid = new HashMap<>();
    private final double lexicalNorm;
    private final ConceptCoverage concepts;
    private final int articles;

    /**
     * @param groups the story's claim groups
     * @param centroid unit vector of the story
     * @param sentenceCounts sentences per article id
     */
    SentenceFeatures(List<ClaimGroup> groups, float[] centroid, Map<String, Integer> sentenceCounts) {
        this(groups, centroid, sentenceCounts, Map.of());
    }

    /**
     * @param groups the story's claim groups
     * @param centroid unit vector of the story
     * @param sentenceCounts sentences per article id
     * @param copyOf id of each copy → id of its original: a copy adds nothing to the lexical centroid
     *     that its original does not
     */
    SentenceFeatures(List<ClaimGroup> groups, float[] centroid, Map<String, Integer> sentenceCounts,
            Map<String, String> copyOf) {
        this.centroid = centroid;
        this.sentenceCounts = sentenceCounts;
        Map<String, Map<String, Double>> perArticle = new HashMap<>();
        List<String> statements = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ClaimGroup g : groups) {
            for (ClaimGroup.Member m : g.members()) {
                statements.add(m.sentence().text());
                ids.add(m.articleId());
                Map<String, Double> tf = perArticle.computeIfAbsent(copyOf.getOrDefault(m.articleId(), m.articleId()),
                        k -> new HashMap<>());
                terms(m.sentence().text()).forEach(t -> tf.merge(t, 1.0, Double::sum));
            }
        }
        // The lexical centroid: the sum of each article's unit term vector, so that every article
        // counts alike whatever its length (Radev et al. 2004 use a centroid of the cluster's words).
        for (Map<String, Double> tf : perArticle.values()) {
            double norm = Math.sqrt(tf.values().stream().mapToDouble(v -> v * v).sum());
            tf.forEach((t, v) -> lexicalCentroid.merge(t, v / norm, Double::sum));
        }
        this.lexicalNorm = Math.sqrt(lexicalCentroid.values().stream().mapToDouble(v -> v * v).sum());
        this.concepts = new ConceptCoverage(statements, ids);
        Set<String> all = new HashSet<>(sentenceCounts.keySet());
        all.addAll(perArticle.keySet());
        this.articles = Math.max(1, all.size());
    }

    /** The features of a group shown by {@code shown} with the text {@code text}. */
    double[] of(ClaimGroup g, ClaimGroup.Member shown, String text) {
        int earliestIndex = g.members().stream().mapToInt(m -> m.sentence().index()).min().orElse(0);
        double earliest = g.members().stream().mapToDouble(this::place).min().orElse(1);
        int words = Math.max(1, Words.count(text));
        return new double[] {
            Vectors.dot(shown.sentence().vector(), centroid),
            lexical(text),
            1 - earliest,
            earliestIndex == 0 ? 1 : 0,
            earliestIndex < 3 ? 1 : 0,
            1 - place(shown),
            Math.log(words),
            Math.log(g.independentSources()) / Math.log(2),
            g.independentSources() / (double) articles,
            concepts.gain(text) / words / articles,
            NUMBER.matcher(text).find() ? 1 : 0,
            QUOTE.matcher(text).find() ? 1 : 0,
            names(text),
            SiteNotice.webTerms(text),
            SiteNotice.addressesReader(text) ? 1 : 0,
            Math.log(g.members().size()),
        };
    }

    /** Where a statement stands in its article: 0 first, towards 1 last. */
    double place(ClaimGroup.Member m) {
        return m.sentence().index() / (double) Math.max(1, sentenceCounts.getOrDefault(m.articleId(), 1));
    }

    private double lexical(String text) {
        Map<String, Double> tf = new HashMap<>();
        terms(text).forEach(t -> tf.merge(t, 1.0, Double::sum));
        double dot = 0;
        double norm = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            dot += e.getValue() * lexicalCentroid.getOrDefault(e.getKey(), 0.0);
            norm += e.getValue() * e.getValue();
        }
        return norm == 0 || lexicalNorm == 0 ? 0 : dot / Math.sqrt(norm) / lexicalNorm;
    }

    /** Share of the words after the first that start with a capital: the shape of names. */
    private static double names(String text) {
        String[] w = text.split("\\s+");
        int caps = 0;
        for (int i = 1; i < w.length; i++) {
            if (!w[i].isEmpty() && Character.isUpperCase(w[i].charAt(0))) {
                caps++;
            }
        }
        return w.length <= 1 ? 0 : caps / (double) (w.length - 1);
    }

    /** Content words, lower-cased, a plural s dropped. */
    private static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !StopWords.isEnglish(w)) {
                out.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }
}
