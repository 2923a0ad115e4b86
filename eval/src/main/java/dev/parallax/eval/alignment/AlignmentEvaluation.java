package dev.parallax.eval.alignment;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Embedder;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Vectors;
import dev.parallax.core.article.Article;
import dev.parallax.core.article.ArticleIds;
import dev.parallax.core.cluster.CopyDetector;
import dev.parallax.core.corroborate.ClaimAligner;
import dev.parallax.core.corroborate.ClaimGroup;
import dev.parallax.core.pipeline.DigestOptions;
import dev.parallax.core.pipeline.ProgressListener;
import dev.parallax.eval.CachedEmbedder;
import dev.parallax.eval.Bootstrap;
import dev.parallax.eval.EvalReport;
import dev.parallax.eval.Evaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code parallax eval alignment}: claim alignment on ECB+. Within each gold event cluster (a
 * topic's {@code ecb} or {@code ecbplus} documents: one story, as clustering would hand it over)
 * the sentences the annotators selected are aligned by Parallax's {@link ClaimAligner} with the
 * digest's settings. Gold: two sentences of different documents are aligned when both mention one
 * cross-document event chain. Scored by pairwise precision, recall and F1 of aligned
 * cross-document sentence pairs, beside an embedding baseline that aligns every pair whose cosine
 * reaches the threshold best on the very data.
 */
public final class AlignmentEvaluation implements Evaluation {
    static final String ECB = "ecbplus";
    private static final long SEED = 20_240_601L;

    @Override
    public String name() {
        return "alignment";
    }

    @Override
    public String description() {
        return "Sentences → claim groups on ECB+ cross-document event coreference: pairwise P/R/F1.";
    }

    @Override
    public List<String> datasets() {
        return List.of(ECB);
    }

    @Override
    public EvalReport run(Path dataRoot, ProgressListener progress) throws IOException {
        List<SentenceDocument> docs = EcbPlusSentences.read(dataRoot.resolve(ECB));
        Map<String, List<SentenceDocument>> stories = stories(docs);
        List<StoryPairs> scored = scored(stories, progress);
        EvalReport.Builder report = EvalReport.builder(name());
        List<PairCounts> parallax = scored.stream().map(s -> s.counts(align(s.articles()))).toList();
        put(report, "parallax", parallax);
        CosineSweep.Sweep sweep = CosineSweep.sweep(scored);
        CosineSweep.Best best = sweep.best();
        put(report, "embedding", best.perStory());
        put(report, "all_pairs", sweep.allPairs());
        int sentences = docs.stream().mapToInt(d -> d.selected().size()).sum();
        long gold = scored.stream().mapToLong(s -> s.gold().size()).sum();
        report.note(String.format(Locale.ROOT, "ecbplus: %d stories, %d documents, %d selected sentences, "
                + "%d gold cross-document sentence pairs", stories.size(), docs.size(), sentences, gold));
        report.note(String.format(Locale.ROOT, "embedding: aligns a pair when its cosine ≥ %.3f, the best threshold "
                + "on the data itself (swept 0.30–0.99)", best.threshold()));
        report.note("all_pairs: every cross-document pair of a story aligned; its precision is the share of gold pairs");
        report.note("parallax: ClaimAligner with DigestOptions.defaults(); f1_stderr: bootstrap over stories");
        return report.build();
    }

    static Map<String, List<SentenceDocument>> stories(List<SentenceDocument> docs) {
        Map<String, List<SentenceDocument>> stories = new TreeMap<>();
        docs.forEach(d -> stories.computeIfAbsent(d.story(), k -> new ArrayList<>()).add(d));
        return stories;
    }

    /** Every story embedded and paired with its gold, in story-name order. */
    static List<StoryPairs> scored(Map<String, List<SentenceDocument>> stories, ProgressListener progress) {
        Embedder embedder = CachedEmbedder.fromProperty("alignment-sentences.bin");
        progress.start("Aligning ECB+ stories", stories.size());
        List<StoryPairs> scored = new ArrayList<>();
        for (Map.Entry<String, List<SentenceDocument>> story : stories.entrySet()) {
            scored.add(StoryPairs.of(story.getKey(), story.getValue(), annotate(story.getValue(), embedder)));
            progress.step();
        }
        return scored;
    }

    private static List<ClaimGroup> align(List<AnnotatedArticle> articles) {
        DigestOptions options = DigestOptions.defaults();
        Map<String, String> copyOf = new CopyDetector(options.copyThreshold())
                .copies(articles.stream().map(AnnotatedArticle::article).toList());
        return new ClaimAligner(options.claimThreshold()).align(articles, copyOf);
    }

    /** Each document as an annotated article whose sentences are its selected sentences. */
    private static List<AnnotatedArticle> annotate(List<SentenceDocument> story, Embedder embedder) {
        List<AnnotatedArticle> out = new ArrayList<>();
        for (SentenceDocument d : story) {
            float[][] v = embedder.embed(d.selected().stream().map(GoldSentence::text).toList());
            List<Sentence> sentences = new ArrayList<>();
            for (int i = 0; i < v.length; i++) {
                GoldSentence g = d.selected().get(i);
                sentences.add(new Sentence(g.number(), g.span(), g.text(), v[i]));
            }
            Article a = new Article(ArticleIds.forText(d.name() + "\n" + d.text()), d.name(), null, null, null, null,
                    null, null, "en", d.text());
            out.add(new AnnotatedArticle(a, sentences, Vectors.meanUnit(List.of(v), embedder.dimensions())));
        }
        return out;
    }

    private static void put(EvalReport.Builder report, String system, List<PairCounts> perStory) {
        PairCounts all = perStory.stream().reduce(PairCounts.ZERO, PairCounts::plus);
        double se = Bootstrap.standardError(perStory.size(), 1000, SEED, idx -> {
            PairCounts c = PairCounts.ZERO;
            for (int i : idx) {
                c = c.plus(perStory.get(i));
            }
            return c.f1();
        });
        report.put(ECB, system, "precision", all.precision())
                .put(ECB, system, "recall", all.recall())
                .put(ECB, system, "f1", all.f1())
                .put(ECB, system, "f1_stderr", se);
    }
}
