package dev.parallax.eval.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tuning only: the text cleaner's pages by F1, worst first, with their texts in a folder. */
final class TextCleanerWorst {
    private TextCleanerWorst() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        BodyExtractors systems = new BodyExtractors();
        List<String> lines = new ArrayList<>();
        for (ExtractionPage page : ExtractionPage.load(Path.of(args[0]).resolve("article-extraction"))) {
            String visible = BodyExtractors.visibleText(page);
            String cleaned = systems.cleanedText(visible);
            ShingleMatch m = ShingleMatch.of(page.gold(), cleaned);
            double p = m.tp() / Math.max(1e-9, m.tp() + m.fp());
            double r = m.tp() / Math.max(1e-9, m.tp() + m.fn());
            lines.add(String.format(Locale.ROOT, "%.3f P %.3f R %.3f %s", 2 * p * r / Math.max(1e-9, p + r), p, r, page.id()));
            Files.writeString(out.resolve(page.id() + ".visible.txt"), visible);
            Files.writeString(out.resolve(page.id() + ".cleaned.txt"), cleaned);
            Files.writeString(out.resolve(page.id() + ".gold.txt"), page.gold());
        }
        lines.sort(null);
        lines.forEach(System.out::println);
    }
}
