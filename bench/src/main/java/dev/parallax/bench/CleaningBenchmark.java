package dev.parallax.bench;

import dev.parallax.core.clean.Extracted;
import dev.parallax.core.clean.HtmlCleaner;
import dev.parallax.core.clean.TextCleaner;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the two cleaners on real pages, one page per operation, cycling through the
 * corpus: operations per second are pages per second on one thread (one core).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CleaningBenchmark {
    @Param("../shared/data")
    public String data;

    private PageCorpus corpus;
    private final HtmlCleaner html = new HtmlCleaner();
    private final TextCleaner text = new TextCleaner();
    private int next;

    @Setup
    public void load() {
        corpus = PageCorpus.load(Path.of(data));
    }

    @Benchmark
    public Extracted htmlPage() {
        int i = next++ % corpus.html().size();
        return html.clean(corpus.html().get(i), null);
    }

    @Benchmark
    public Extracted textPage() {
        int i = next++ % corpus.text().size();
        return text.clean(corpus.text().get(i));
    }
}
