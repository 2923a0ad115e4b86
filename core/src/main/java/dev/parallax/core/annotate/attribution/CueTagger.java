package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A learned detector of attribution cues: the probability that a word outside quotation marks
 * is part of the cue of an attribution ("heaped criticism on", "is a fervent supporter of",
 * "his claim that"), from features that generalise beyond the word itself — its suffix and
 * lemma-like stem, the words and marks around it ("that", "to", a colon, a quotation), whether a
 * name or pronoun precedes it, its place in the sentence, the cue lexicon's class. A logistic
 * regression over those features, trained on the PolNeAR train split ({@link #train}); the
 * bundled model {@code cue-tagger.tsv.gz} is read once. Immutable and thread-safe.
 */
public final class CueTagger {
    /** The bundled model's resource, beside this class. */
    static final String RESOURCE = "cue-tagger.tsv.gz";
    private static final String BIAS = "*bias*";
    private static final String SOURCE_BIAS = "S|*bias*";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it", "who");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "'s");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "this");

    private final Map<String, Float> weights;
    private final double defaultThreshold;

    private CueTagger(Map<String, Float> weights, double defaultThreshold) {
        this.weights = Map.copyOf(weights);
        this.defaultThreshold = defaultThreshold;
    }

    private static final class Holder {
        static final CueTagger STANDARD = load();
    }

    /** The bundled model, trained on PolNeAR train. */
    public static CueTagger standard() {
        return Holder.STANDARD;
    }

    /** The probability above which a word is taken for a cue, chosen on held-out train articles. */
    public double threshold() {
        return defaultThreshold;
    }

    /** The number of features with a weight. */
    public int size() {
        return weights.size();
    }

    /** A word that may be a cue, with its features; {@code span} is its character range. */
    public record Candidate(Span span, List<String> features) {
        public Candidate {
            features = List.copyOf(features);
        }
    }

    /**
     * The candidate words of an article, read in the units the extractor reads (sentences joined
     * across quotations): every word outside quotation marks.
     *
     * @param text an article's cleaned text
     * @param sentences its sentence spans, in order
     */
    public static List<Candidate> candidates(String text, List<Span> sentences) {
        List<Span> quotes = QuoteScanner.quotes(text);
        List<Candidate> out = new ArrayList<>();
        for (Span u : AttributionExtractor.units(AttributionExtractor.rejoined(text, sentences), quotes)) {
            Span unit = AttributionExtractor.withoutDateline(text, u);
            List<Token> t = Token.of(text, unit.start(), unit.end());
            boolean[] inQuote = inQuote(t, quotes);
            for (int k = 0; k < t.size(); k++) {
                if (!inQuote[k] && t.get(k).isWord()) {
                    out.add(new Candidate(new Span(t.get(k).start(), t.get(k).end()), features(t, inQuote, k)));
                }
            }
        }
        return out;
    }

    /**
     * The words around each given cue that may be its source, with their features: the words of the
     * cue's unit from 15 before the cue to the cue, outside quotation marks. For training the
     * source picker on gold cues.
     *
     * @param cues cue spans into {@code text}
     * @return per cue, in order, its candidates (empty when the cue is in no unit)
     */
    public static List<List<Candidate>> sourceCandidates(String text, List<Span> sentences, List<Span> cues) {
        List<Span> quotes = QuoteScanner.quotes(text);
        List<List<Candidate>> out = new ArrayList<>();
        List<Span> units = AttributionExtractor.units(AttributionExtractor.rejoined(text, sentences), quotes);
        for (Span cue : cues) {
            List<Candidate> here = new ArrayList<>();
            for (Span u : units) {
                if (u.start() <= cue.start() && cue.start() < u.end()) {
                    Span unit = AttributionExtractor.withoutDateline(text, u);
                    List<Token> t = Token.of(text, unit.start(), unit.end());
                    boolean[] inQuote = inQuote(t, quotes);
                    int a = 0;
                    while (a < t.size() && t.get(a).end() <= cue.start()) {
                        a++;
                    }
                    for (int j = Math.max(0, a - SOURCE_WINDOW); j < a; j++) {
                        if (!inQuote[j] && t.get(j).isWord()) {
                            here.add(new Candidate(new Span(t.get(j).start(), t.get(j).end()), sourceFeatures(t, inQuote, j, a)));
                        }
                    }
                }
            }
            out.add(here);
        }
        return out;
    }

    static final int SOURCE_WINDOW = 15;

    /** The features of word {@code j} as the source of the cue that starts at word {@code a} (j before a). */
    static List<String> sourceFeatures(List<Token> t, boolean[] inQuote, int j, int a) {
        List<String> f = new ArrayList<>(16);
        Token w = t.get(j);
        int d = a - j;
        String dist = d <= 3 ? Integer.toString(d) : d <= 6 ? "4-6" : d <= 10 ? "7-10" : "11+";
        String lw = w.isCapitalised() && !PRONOUNS.contains(w.lower()) ? "<Cap>" : w.lower();
        boolean pronoun = PRONOUNS.contains(w.lower());
        String next = j + 1 < t.size() ? word(t.get(j + 1)) : "</s>";
        String prev = j > 0 ? word(t.get(j - 1)) : "<s>";
        boolean comma = false;
        boolean clause = false;
        boolean capRunEnd = w.isCapitalised() && (j + 1 >= t.size() || !t.get(j + 1).isCapitalised());
        for (int i = j + 1; i < a; i++) {
            comma |= t.get(i).is(",");
            clause |= t.get(i).isAny(SourcePhrases.CLAUSE_WORDS) || t.get(i).is(";") || t.get(i).is(":");
        }
        f.add("S|d=" + dist);
        f.add("S|w=" + w.lower());
        f.add("S|lw_d=" + lw + "_" + dist);
        f.add("S|shape=" + shape(w) + (j == 0 ? "^" : ""));
        f.add("S|pron_d=" + pronoun + "_" + dist);
        f.add("S|next=" + next);
        f.add("S|prev=" + prev);
        f.add("S|suf3=" + suffix(w.lower(), 3));
        f.add("S|comma=" + comma + "_" + clause);
        f.add("S|capRunEnd=" + capRunEnd + "_" + dist);
        f.add("S|cue=" + word(t.get(a)) + "_" + (d == 1));
        // "Clinton is expected to win", "the works titled …": a passive cue names no source before it.
        String cue2 = a + 1 < t.size() ? suffix(t.get(a + 1).lower(), 2) : "</s>";
        boolean passive = t.get(a).isAny(PASSIVE_AUXILIARIES) && (cue2.equals("ed") || cue2.equals("en") || cue2.equals("wn"));
        f.add("S|passive=" + passive + "_" + dist);
        f.add("S|cue2=" + t.get(a).lower() + "_" + cue2);
        f.add("S|cueSuf=" + suffix(t.get(a).lower(), 2) + "_" + (d == 1));
        return f;
    }

    /** The probability that word {@code j} is in the source of the cue starting at word {@code a}. */
    double sourceProbability(List<Token> t, boolean[] inQuote, int j, int a) {
        return probability(sourceFeatures(t, inQuote, j, a), SOURCE_BIAS);
    }

    /** The probability that word {@code k} of a unit is part of a cue. */
    double probability(List<Token> t, boolean[] inQuote, int k) {
        return probability(features(t, inQuote, k));
    }

    /** The probability for a candidate's features. */
    public double probability(List<String> features) {
        return probability(features, features.isEmpty() || !features.get(0).startsWith("S|") ? BIAS : SOURCE_BIAS);
    }

    private double probability(List<String> features, String bias) {
        double z = weights.getOrDefault(bias, 0f);
        for (String f : features) {
            Float w = weights.get(f);
            if (w != null) {
                z += w;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    static boolean[] inQuote(List<Token> t, List<Span> quotes) {
        boolean[] in = new boolean[t.size()];
        int q = 0;
        for (int i = 0; i < t.size(); i++) {
            Token w = t.get(i);
            while (q < quotes.size() && quotes.get(q).end() <= w.start()) {
                q++;
            }
            in[i] = q < quotes.size() && quotes.get(q).start() <= w.start() && w.end() <= quotes.get(q).end();
        }
        return in;
    }

    /** The features of word {@code k}: the word, its shape and stem, its neighbours and its place. */
    static List<String> features(List<Token> t, boolean[] inQuote, int k) {
        List<String> f = new ArrayList<>(32);
        Token w = t.get(k);
        String lw = w.lower();
        f.add("w=" + lw);
        f.add("stem=" + stem(lw));
        f.add("suf3=" + suffix(lw, 3));
        f.add("suf2=" + suffix(lw, 2));
        f.add("shape=" + shape(w) + (k == 0 ? "^" : ""));
        String p1 = k > 0 ? word(t.get(k - 1)) : "<s>";
        String p2 = k > 1 ? word(t.get(k - 2)) : "<s>";
        String n1 = k + 1 < t.size() ? word(t.get(k + 1)) : "</s>";
        String n2 = k + 2 < t.size() ? word(t.get(k + 2)) : "</s>";
        f.add("p1=" + p1);
        f.add("p2=" + p2);
        f.add("n1=" + n1);
        f.add("n2=" + n2);
        f.add("p1w=" + p1 + "_" + lw);
        f.add("wn1=" + lw + "_" + n1);
        f.add("stem_n1=" + stem(lw) + "_" + n1);
        f.add("p1shape=" + (k > 0 ? shape(t.get(k - 1)) : "<s>"));
        f.add("n1shape=" + (k + 1 < t.size() ? shape(t.get(k + 1)) : "</s>"));
        f.add("n1quote=" + (k + 1 < t.size() && inQuote[k + 1]) + (k + 2 < t.size() && inQuote[k + 2]));
        CueLexicon lex = CueLexicon.standard();
        f.add("lex=" + lex.classOf(lw).map(Enum::name).orElse("-"));
        f.add("lexn1=" + lex.classOf(lw).map(Enum::name).orElse("-") + "_" + n1);
        boolean name = false;
        boolean pronoun = false;
        for (int i = k - 1; i >= 0 && i >= k - 4; i--) {
            Token p = t.get(i);
            if (!p.isWord()) {
                break;
            }
            name |= p.isCapitalised() && i > 0;
            pronoun |= PRONOUNS.contains(p.lower());
        }
        f.add("nameBefore=" + name);
        f.add("pronounBefore=" + pronoun);
        int that = -1;
        for (int i = k + 1; i < t.size() && i <= k + 6; i++) {
            if (t.get(i).is("that") || t.get(i).is(":") || inQuote[i]) {
                that = i - k;
                break;
            }
        }
        f.add("thatAfter=" + (that < 0 ? "none" : that <= 2 ? "near" : "far"));
        f.add("stem_that=" + stem(lw) + "_" + (that < 0 ? "none" : that <= 2 ? "near" : "far"));
        int quoted = 0;
        for (boolean b : inQuote) {
            quoted += b ? 1 : 0;
        }
        f.add("quotes=" + (quoted == 0 ? "0" : quoted * 2 < t.size() ? "some" : "most"));
        f.add("pos=" + (k * 4 / Math.max(1, t.size())) + (t.size() > 40 ? "L" : "S"));
        f.add("det=" + (k > 0 && DETERMINERS.contains(t.get(k - 1).lower())));
        return f;
    }

    private static String word(Token t) {
        return t.isWord() && t.isCapitalised() && !t.lower().equals("i") ? "<Cap>" : t.lower();
    }

    private static String shape(Token t) {
        if (!t.isWord()) {
            return t.lower();
        }
        if (Character.isDigit(t.text().charAt(0))) {
            return "9";
        }
        return t.isCapitalised() ? "Aa" : "a";
    }

    private static String suffix(String w, int n) {
        return w.length() > n + 1 ? w.substring(w.length() - n) : w;
    }

    /** A lemma-like stem: the regular verb and noun endings cut ("claimed", "claims", "claiming" → "claim"). */
    static String stem(String w) {
        for (String end : List.of("ing", "ied", "ies", "ed", "es", "s")) {
            if (w.endsWith(end) && w.length() - end.length() >= 3 && !w.endsWith("ss")) {
                String s = w.substring(0, w.length() - end.length());
                return end.equals("ied") || end.equals("ies") ? s + "y" : s;
            }
        }
        return w;
    }

    /**
     * A model trained by logistic regression (AdaGrad, L2) on labelled candidates; features seen
     * fewer than {@code minCount} times are dropped. Deterministic for a seed.
     */
    public static CueTagger train(List<Candidate> candidates, boolean[] labels, List<Candidate> sources, boolean[] sourceLabels,
                                  int epochs, int minCount, double threshold) {
        Map<String, Float> weights = new HashMap<>(fit(candidates, labels, epochs, minCount, BIAS));
        weights.putAll(fit(sources, sourceLabels, epochs, minCount, SOURCE_BIAS));
        return new CueTagger(weights, threshold);
    }

    private static Map<String, Float> fit(List<Candidate> candidates, boolean[] labels, int epochs, int minCount, String bias) {
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate c : candidates) {
            for (String f : c.features()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        index.put(bias, 0);
        counts.forEach((f, n) -> {
            if (n >= minCount) {
                index.put(f, index.size());
            }
        });
        int[][] x = new int[candidates.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = candidates.get(i).features().stream().map(index::get).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).toArray();
        }
        double[] w = new double[index.size()];
        double[] g2 = new double[index.size()];
        double rate = 0.2;
        double l2 = 1e-6;
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(42);
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            for (int i : order) {
                double z = w[0];
                for (int f : x[i]) {
                    z += w[f];
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = p - (labels[i] ? 1 : 0);
                update(w, g2, 0, g, rate, 0);
                for (int f : x[i]) {
                    update(w, g2, f, g, rate, l2);
                }
            }
        }
        Map<String, Float> weights = new HashMap<>();
        index.forEach((f, i) -> {
            if (Math.abs(w[i]) >= 0.01) {
                weights.put(f, (float) w[i]);
            }
        });
        return weights;
    }

    private static void update(double[] w, double[] g2, int f, double g, double rate, double l2) {
        double grad = g + l2 * w[f];
        g2[f] += grad * grad;
        w[f] -= rate * grad / Math.sqrt(g2[f] + 1e-8);
    }

    /** The same weights with another threshold. */
    public CueTagger withThreshold(double threshold) {
        return new CueTagger(weights, threshold);
    }

    /** The model as text: a header line with the threshold, then one feature and its weight a line, sorted. */
    public String serialise() {
        StringBuilder b = new StringBuilder();
        b.append("#threshold\t").append(String.format(Locale.ROOT, "%.3f", defaultThreshold)).append('\n');
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append(e.getKey()).append('\t').append(String.format(Locale.ROOT, "%.4f", e.getValue())).append('\n'));
        return b.toString();
    }

    /** A model read from {@link #serialise()}'s text. */
    public static CueTagger parse(BufferedReader r) throws IOException {
        Map<String, Float> weights = new HashMap<>();
        double threshold = 0.5;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new IOException("bad cue tagger line (no tab): " + line);
            }
            if (line.startsWith("#threshold\t")) {
                threshold = Double.parseDouble(line.substring(tab + 1));
            } else {
                weights.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1)));
            }
        }
        return new CueTagger(weights, threshold);
    }

    private static CueTagger load() {
        try (InputStream in = CueTagger.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
