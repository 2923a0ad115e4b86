package dev.parallax.eval.extraction;

import dev.parallax.core.pipeline.ProgressListener;
import dev.parallax.eval.EvalReport;
import dev.parallax.eval.Evaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code parallax eval extraction}: article-body extraction on the Zyte article-extraction
 * benchmark (181 pages, {@code article-extraction/}), scored with the benchmark's own metric
 * ({@link ShingleMatch}, {@link ShingleScores}). Data set {@code article-extraction} compares
 * Parallax's HTML extractor with Readability4J; data set {@code article-extraction-text} scores the
 * plain-text cleaner on each page's whole visible text, against that text uncleaned.
 */
public final class ExtractionEvaluation implements Evaluation {
    static final String DATASET = "article-extraction";
    static final String TEXT_DATASET = "article-extraction-text";

    @Override
    public String name() {
        return "extraction";
    }

    @Override
    public String description() {
        return "Article body extraction from HTML and from plain text (Zyte benchmark, F1 over 4-token shingles).";
    }

    @Override
    public List<String> datasets() {
        return List.of(DATASET);
    }

    @Override
    public EvalReport run(Path dataRoot, ProgressListener progress) throws IOException {
        List<ExtractionPage> pages = ExtractionPage.load(dataRoot.resolve(DATASET));
        BodyExtractors systems = new BodyExtractors();
        List<ShingleMatch> parallax = new ArrayList<>();
        List<ShingleMatch> readability = new ArrayList<>();
        List<ShingleMatch> cleaned = new ArrayList<>();
        List<ShingleMatch> uncleaned = new ArrayList<>();
        progress.start("extraction", pages.size());
        for (ExtractionPage page : pages) {
            parallax.add(ShingleMatch.of(page.gold(), systems.parallax(page)));
            readability.add(ShingleMatch.of(page.gold(), systems.readability(page)));
            String visible = BodyExtractors.visibleText(page);
            cleaned.add(ShingleMatch.of(page.gold(), systems.cleanedText(visible)));
            uncleaned.add(ShingleMatch.of(page.gold(), visible));
            progress.step();
        }
        EvalReport.Builder report = EvalReport.builder(name());
        put(report, DATASET, "parallax", parallax);
        put(report, DATASET, "readability4j", readability);
        put(report, TEXT_DATASET, "parallax", cleaned);
        putHalves(report, pages, cleaned);
        put(report, TEXT_DATASET, "uncleaned", uncleaned);
        return report
                .note(pages.size() + " pages; metric of the Zyte benchmark's evaluate.py: \\w+ tokens, 4-token shingles,"
                        + " per-page precision/recall averaged, F1 of the means")
                .note("f1_stderr: bootstrap over pages, " + ShingleScores.BOOTSTRAP_SAMPLES + " samples, seed "
                        + ShingleScores.BOOTSTRAP_SEED + " (the benchmark prints 1.96 × this as ±)")
                .note(TEXT_DATASET + ": each page's visible text (script/style/noscript/template removed) through"
                        + " TextCleaner; 'uncleaned' is that text as is; f1_half_a/b: pages whose id starts 0-7 (where the"
                        + " cleaner's weights were chosen) and 8-f (where they were checked)")
                .build();
    }

    /**
     * F1 of the text cleaner on each half of the pages, split by the first hex digit of the page id
     * (a hash): its weights were chosen on half a (0–7) and checked on half b (8–f).
     */
    private static void putHalves(EvalReport.Builder report, List<ExtractionPage> pages, List<ShingleMatch> cleaned) {
        List<ShingleMatch> a = new ArrayList<>();
        List<ShingleMatch> b = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            (Character.digit(pages.get(i).id().charAt(0), 16) < 8 ? a : b).add(cleaned.get(i));
        }
        report.put(TEXT_DATASET, "parallax", "f1_half_a", ShingleScores.of(a).f1())
                .put(TEXT_DATASET, "parallax", "f1_half_b", ShingleScores.of(b).f1());
    }

    private static void put(EvalReport.Builder report, String dataset, String system, List<ShingleMatch> pages) {
        ShingleScores s = ShingleScores.of(pages);
        report.put(dataset, system, "precision", s.precision())
                .put(dataset, system, "recall", s.recall())
                .put(dataset, system, "f1", s.f1())
                .put(dataset, system, "f1_stderr", s.f1StdErr());
    }
}
