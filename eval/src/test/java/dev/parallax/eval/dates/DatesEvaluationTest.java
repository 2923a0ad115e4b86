package dev.parallax.eval.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.pipeline.ProgressListener;
import dev.parallax.eval.EvalReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatesEvaluationTest {
    @TempDir
    Path root;

    private void page(Path set, String name, String html) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(set.resolve("test_set").resolve(name + ".gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void scoresPageDatesAndTheMetaOnlyBaselineOnTheHtmldateLayout() throws IOException {
        Path set = Files.createDirectories(root.resolve("htmldate").resolve("test_set")).getParent();
        page(set, "1.html", "<html><head><meta property=\"article:published_time\" content=\"2020-05-12T08:00:00Z\">"
                + "</head><body><p>x</p></body></html>");
        page(set, "2.html", "<html><body><h1>A headline long enough</h1><p>Posted 3 June 2020</p></body></html>");
        page(set, "3.html", "<html><body><p>A shop page without a date</p></body></html>");
        Files.writeString(set.resolve("eval_mediacloud_2020.json"), "{"
                + "\"https://a.example/x\": {\"file\": \"1.html\", \"date\": \"2020-05-12\"},"
                + "\"https://b.example/y\": {\"file\": \"2.html\", \"date\": \"2020-06-03\"},"
                + "\"https://c.example/z\": {\"file\": \"3.html\", \"date\": NaN}}");

        EvalReport report = new DatesEvaluation().run(root, ProgressListener.NONE);

        assertThat(report.get("htmldate", "parallax", "accuracy")).hasValue(1.0);
        assertThat(report.get("htmldate", "parallax", "coverage")).hasValue(2.0 / 3);
        assertThat(report.get("htmldate", "meta_only", "accuracy")).hasValue(2.0 / 3);
        assertThat(report.get("htmldate", "meta_only", "recall")).hasValue(0.5);
        assertThat(report.metrics().get("htmldate").keySet()).containsExactly("parallax", "meta_only");
    }
}
