package dev.parallax.core.corroborate;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.Vectors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the passages of a story's articles that are about another story: the closing paragraphs
 * that begin "In a separate development, …" or "Meanwhile, in …" and tell other news.
 *
 * <p>The story's core is what its articles say first: the mean vector of each article's lead
 * sentences, and the names those leads mention. A paragraph past an article's lead opens an
 * off-topic passage when it is far from the core and most of its names are not core names; a
 * topic-shift opener ("In a separate development", "In other news", "Separately,", "Meanwhile,",
 * "Elsewhere,", …) lowers the distance needed, since such openers also join on-topic paragraphs.
 * The passage runs on to the article's end or to the first paragraph that returns to the core
 * (close to it and mostly core names). Paragraphs are the lines of the cleaned text. Pure and
 * thread-safe.
 */
public final class OffTopicPassages {
    /** Sentences per article taken as its lead. */
    static final int LEAD_SENTENCES = 3;
    /** Paragraphs of an article never off topic: the lead. */
    static final int LEAD_PARAGRAPHS = 2;

    private static final Pattern OPENER = Pattern.compile("^[\"“‘']?(?:in (?:a |an )?(?:separate|unrelated|other|another)"
            + " (?:development|news|incident|move|case|matter|story)s?|in other news|separately|meanwhile|elsewhere"
            + "|on (?:a |an )?(?:different|unrelated|separate) note|turning to)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final double far;
    private final double farAfterOpener;
    private final double novelNames;

    /** With the defaults for bge-small-en-v1.5 sentence vectors (see {@link #OffTopicPassages(double, double, double)}). */
    public OffTopicPassages() {
        this(0.40, 0.70, 0.5);
    }

    /**
     * @param far cosine to the core below which a paragraph without an opener is far from the story
     * @param farAfterOpener the same, for a paragraph that opens with a topic-shift marker
     * @param novelNames share of a paragraph's names not among the core names at which it is about others
     */
    public OffTopicPassages(double far, double farAfterOpener, double novelNames) {
        this.far = far;
        this.farAfterOpener = farAfterOpener;
        this.novelNames = novelNames;
    }

    /**
     * A run of an article's paragraphs about another story.
     *
     * @param articleId the article
     * @param span from the passage's first character to its last
     * @param sentences indices of the sentences in it
     * @param opener whether it begins with a topic-shift marker
     */
    public record Passage(String articleId, Span span, List<Integer> sentences, boolean opener) {
        public Passage {
            sentences = List.copyOf(sentences);
        }
    }

    /** The off-topic passages of a story's articles, in article then text order. */
    public List<Passage> find(List<AnnotatedArticle> story) {
        if (story.isEmpty()) {
            return List.of();
        }
        List<float[]> leads = new ArrayList<>();
        Set<String> coreNames = new HashSet<>();
        for (AnnotatedArticle a : story) {
            for (Sentence s : a.sentences().subList(0, Math.min(LEAD_SENTENCES, a.sentences().size()))) {
                leads.add(s.vector());
                coreNames.addAll(StatementTerms.of(s.text()).names());
            }
        }
        if (leads.isEmpty()) {
            return List.of();
        }
        float[] core = Vectors.meanUnit(leads, leads.get(0).length);
        List<Passage> out = new ArrayList<>();
        for (AnnotatedArticle a : story) {
            passage(a, core, coreNames).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The story's articles with the sentences of the given passages left out (the article text and
     * every other sentence untouched), for the stages that must not use them: claims, brief, timeline.
     */
    public static List<AnnotatedArticle> without(List<AnnotatedArticle> story, List<Passage> passages) {
        if (passages.isEmpty()) {
            return story;
        }
        java.util.Map<String, Set<Integer>> drop = new java.util.HashMap<>();
        passages.forEach(p -> drop.computeIfAbsent(p.articleId(), k -> new HashSet<>()).addAll(p.sentences()));
        List<AnnotatedArticle> out = new ArrayList<>();
        for (AnnotatedArticle a : story) {
            Set<Integer> d = drop.getOrDefault(a.id(), Set.of());
            out.add(d.isEmpty() ? a : a.withSentences(a.sentences().stream().filter(s -> !d.contains(s.index())).toList()));
        }
        return out;
    }

    private java.util.Optional<Passage> passage(AnnotatedArticle a, float[] core, Set<String> coreNames) {
        List<List<Sentence>> paragraphs = paragraphs(a);
        for (int p = LEAD_PARAGRAPHS; p < paragraphs.size(); p++) {
            List<Sentence> para = paragraphs.get(p);
            boolean opener = OPENER.matcher(para.get(0).text().strip()).find();
            if (isAboutOthers(para, core, coreNames, opener)) {
                List<Integer> indices = new ArrayList<>();
                int q = p;
                while (q < paragraphs.size() && (q == p || !returnsToCore(paragraphs.get(q), core, coreNames))) {
                    paragraphs.get(q).forEach(s -> indices.add(s.index()));
                    q++;
                }
                List<Sentence> last = paragraphs.get(q - 1);
                Span span = new Span(para.get(0).span().start(), last.get(last.size() - 1).span().end());
                return java.util.Optional.of(new Passage(a.id(), span, indices, opener));
            }
        }
        return java.util.Optional.empty();
    }

    /** Far from the core and naming others; a paragraph that names nobody needs a topic-shift opener. */
    private boolean isAboutOthers(List<Sentence> para, float[] core, Set<String> coreNames, boolean opener) {
        double novelty = novelty(para, coreNames);
        boolean others = Double.isNaN(novelty) ? opener : novelty >= novelNames;
        return similarity(para, core) < (opener ? farAfterOpener : far) && others;
    }

    private boolean returnsToCore(List<Sentence> para, float[] core, Set<String> coreNames) {
        double novelty = novelty(para, coreNames);
        return similarity(para, core) >= farAfterOpener && (Double.isNaN(novelty) || novelty < novelNames);
    }

    static double similarity(List<Sentence> para, float[] core) {
        return Vectors.dot(Vectors.meanUnit(para.stream().map(Sentence::vector).toList(), core.length), core);
    }

    /** Share of the paragraph's names that are not core names; NaN when it names nobody. */
    static double novelty(List<Sentence> para, Set<String> coreNames) {
        Set<String> names = new HashSet<>();
        para.forEach(s -> names.addAll(StatementTerms.of(s.text()).names()));
        if (names.isEmpty()) {
            return Double.NaN;
        }
        return names.stream().filter(n -> !coreNames.contains(n)).count() / (double) names.size();
    }

    /** The article's sentences grouped by the line of the text they start on. */
    static List<List<Sentence>> paragraphs(AnnotatedArticle a) {
        String text = a.article().text();
        List<List<Sentence>> out = new ArrayList<>();
        int lineOf = -1;
        int line = 0;
        int scanned = 0;
        for (Sentence s : a.sentences()) {
            for (; scanned < s.span().start() && scanned < text.length(); scanned++) {
                line += text.charAt(scanned) == '\n' ? 1 : 0;
            }
            if (out.isEmpty() || line != lineOf) {
                out.add(new ArrayList<>());
                lineOf = line;
            }
            out.get(out.size() - 1).add(s);
        }
        return out;
    }
}
