package dev.parallax.bench;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.attribution.Attribution;
import dev.parallax.core.annotate.attribution.AttributionExtractor;
import dev.parallax.core.annotate.quantity.Quantity;
import dev.parallax.core.annotate.quantity.QuantityExtractor;
import dev.parallax.nlp.NlpModels;
import dev.parallax.nlp.OnnxEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Throughput of Parallax's own annotate steps and of its embedding model, one thread, on the
 * article bodies {@link AnnotateThroughput} uses (400–800 words): one sentence embedded per
 * operation (the model runs each text alone), and the attributions (rules and learned cue detector)
 * and quantities of one article per operation. The CoreNLP steps are measured whole by
 * {@link AnnotateThroughput}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnnotateStepsBenchmark {
    @Param("../shared/data")
    public String data;

    private List<String> articles;
    private List<List<Span>> sentences;
    private List<String> sentenceTexts;
    private OnnxEmbedder embedder;
    private final AttributionExtractor attributions = AttributionExtractor.standard();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private int nextArticle;
    private int nextSentence;

    @Setup(Level.Trial)
    public void load() {
        try {
            articles = AnnotateThroughput.corpus(Path.of(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sentences = new ArrayList<>();
        sentenceTexts = new ArrayList<>();
        for (String a : articles) {
            List<Span> spans = NlpModels.sentences().split(a);
            sentences.add(spans);
            spans.forEach(s -> sentenceTexts.add(s.of(a)));
        }
        embedder = new OnnxEmbedder(1);
    }

    @TearDown(Level.Trial)
    public void close() {
        embedder.close();
    }

    @Benchmark
    public float[][] embedSentence() {
        return embedder.embed(List.of(sentenceTexts.get(nextSentence++ % sentenceTexts.size())));
    }

    @Benchmark
    public List<Attribution> attributionsOfArticle() {
        int i = nextArticle++ % articles.size();
        return attributions.extract(articles.get(i), sentences.get(i));
    }

    @Benchmark
    public List<Quantity> quantitiesOfArticle() {
        return quantities.extract(articles.get(nextArticle++ % articles.size()));
    }

    /** Sentences per article and words per sentence of the corpus, to turn the rates into per-article figures. */
    public static double[] shape(Path dataRoot) throws IOException {
        List<String> texts = AnnotateThroughput.corpus(dataRoot);
        long sentenceCount = 0;
        long words = 0;
        for (String t : texts) {
            for (Span s : NlpModels.sentences().split(t)) {
                sentenceCount++;
                words += s.of(t).strip().split("\\s+").length;
            }
        }
        return new double[] {sentenceCount / (double) texts.size(), words / (double) sentenceCount};
    }
}
