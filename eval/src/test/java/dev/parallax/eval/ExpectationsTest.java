package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectationsTest {
    @TempDir
    Path root;

    @Test
    void passesAtOrAboveTheFloorFailsBelowAndSkipsOtherData() throws IOException {
        Files.createDirectories(root.resolve("set"));
        Files.writeString(root.resolve("set/a.txt"), "x");
        String fp = DataFingerprint.of(root.resolve("set"));
        Expectations ex = new Expectations(Map.of("set", new Expectations.DataRef("set", fp)), List.of(
                new Expectations.Expected("set", "parallax", "f1", 0.90, 0.01, false),
                new Expectations.Expected("set", "parallax", "seconds", 2.0, 0.5, true)));
        EvalReport good = EvalReport.builder("t").put("set", "parallax", "f1", 0.895).put("set", "parallax", "seconds", 2.4).build();
        EvalReport bad = EvalReport.builder("t").put("set", "parallax", "f1", 0.85).build();

        assertThat(ex.check(good, root)).extracting(Expectations.Check::status)
                .containsExactly(Expectations.Status.OK, Expectations.Status.OK);
        assertThat(ex.check(bad, root)).extracting(Expectations.Check::status)
                .containsExactly(Expectations.Status.FAIL, Expectations.Status.FAIL);

        Files.writeString(root.resolve("set/b.txt"), "more data");
        assertThat(ex.check(bad, root)).extracting(Expectations.Check::status)
                .containsOnly(Expectations.Status.SKIP);
    }

    @Test
    void reportPrintsJsonGroupedByDatasetAndSystem() {
        EvalReport r = EvalReport.builder("t").put("set", "parallax", "f1", 0.5).put("set", "baseline", "f1", 0.4).note("n=3").build();
        assertThat(r.toJson()).contains("\"datasets\"", "\"set\"", "\"parallax\"", "\"f1\" : 0.5", "\"baseline\"");
        assertThat(r.toTable()).contains("parallax", "baseline", "0.5000", "note: n=3");
    }
}
