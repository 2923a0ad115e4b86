package dev.parallax.eval.dates;

import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.clean.PageDates;
import dev.parallax.core.pipeline.ProgressListener;
import dev.parallax.eval.EvalReport;
import dev.parallax.eval.Evaluation;
import dev.parallax.ingest.FileInputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * {@code parallax eval dates}: publication dates of the 200 htmldate pages (Media Cloud 2020),
 * right to the day, for {@link PageDates} and for a baseline reading only
 * {@code article:published_time}. Pages that cannot be decoded count as misses.
 */
public final class DatesEvaluation implements Evaluation {
    static final String DATASET = "htmldate";

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public String description() {
        return "Publication dates of web pages (htmldate set): accuracy to the day.";
    }

    @Override
    public List<String> datasets() {
        return List.of(DATASET);
    }

    @Override
    public EvalReport run(Path dataRoot, ProgressListener progress) throws IOException {
        List<DateGold> pages = DateGold.read(dataRoot.resolve(DATASET));
        List<Outcome> outcomes = outcomes(pages, progress);
        EvalReport.Builder report = EvalReport.builder(name());
        put(report, "parallax", outcomes, Outcome::parallax);
        put(report, "meta_only", outcomes, Outcome::metaOnly);
        long unreadable = outcomes.stream().filter(o -> !o.readable()).count();
        long undated = pages.stream().filter(p -> p.date() == null).count();
        report.note(pages.size() + " pages; a date is right when its day (as the page writes it) equals the gold day")
                .note(undated + " pages have no gold date: giving none there counts as right for accuracy")
                .note(unreadable + " pages could not be decoded and count as misses")
                .note("meta_only reads only the article:published_time meta tag");
        return report.build();
    }

    /** One page's predictions (null when none); {@code readable} is false when it could not be decoded. */
    record Outcome(DateGold gold, boolean readable, String parallax, String metaOnly) {}

    static List<Outcome> outcomes(List<DateGold> pages, ProgressListener progress) {
        progress.start("dates", pages.size());
        FileInputs inputs = new FileInputs();
        List<Outcome> outcomes = new ArrayList<>();
        for (DateGold page : pages) {
            Document doc = parse(inputs, page);
            outcomes.add(doc == null ? new Outcome(page, false, null, null) : new Outcome(page, true,
                    PageDates.published(doc, page.url()).orElse(null), MetaOnlyDates.published(doc).orElse(null)));
            progress.step();
        }
        return outcomes;
    }

    private static Document parse(FileInputs inputs, DateGold page) {
        try {
            return Jsoup.parse(inputs.readFile(page.file()).content(), page.url());
        } catch (RejectedInputException e) {
            return null;
        }
    }

    private static void put(EvalReport.Builder report, String system, List<Outcome> outcomes,
                            Function<Outcome, String> predicted) {
        DateScore s = DateScore.empty();
        for (Outcome o : outcomes) {
            s = s.add(predicted.apply(o), o.gold().date());
        }
        report.put(DATASET, system, "accuracy", s.accuracy())
                .put(DATASET, system, "precision", s.precision())
                .put(DATASET, system, "recall", s.recall())
                .put(DATASET, system, "f1", s.f1())
                .put(DATASET, system, "coverage", s.coverage());
    }
}
