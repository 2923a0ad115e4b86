package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The committed expected numbers of an evaluation, kept at
 * {@code eval/src/main/resources/dev/parallax/eval/expected/NAME.json}:
 *
 * <pre>{"data": {"article-extraction": "181-3fa1…",
 *           "article-extraction-text": {"folder": "article-extraction", "fingerprint": "181-3fa1…"}},
 *  "expect": [{"dataset": "article-extraction", "system": "parallax", "metric": "f1",
 *              "value": 0.912, "tolerance": 0.005}]}</pre>
 *
 * <p>A data set derived from another folder (the same pages rendered to text, say) names that
 * folder. A metric passes when it is at least {@code value - tolerance} (or, with
 * {@code "lowerIsBetter": true}, at most {@code value + tolerance}). Expectations of a data set
 * are checked only when its fingerprint matches the one recorded.
 */
public record Expectations(Map<String, DataRef> fingerprints, List<Expected> expected) {

    /** The folder below the data root a data set is read from, and its recorded fingerprint. */
    public record DataRef(String folder, String fingerprint) {}

    /** One expected metric. */
    public record Expected(String dataset, String system, String metric, double value, double tolerance,
                           boolean lowerIsBetter) {
        boolean passes(double measured) {
            return lowerIsBetter ? measured <= value + tolerance : measured >= value - tolerance;
        }
    }

    /** The outcome of one expectation. */
    public record Check(Expected expected, OptionalDouble measured, Status status) {
        public String describe() {
            Expected e = expected;
            String m = measured.isPresent() ? String.format(Locale.ROOT, "%.4f", measured.getAsDouble()) : "missing";
            return String.format(Locale.ROOT, "%-4s %s / %s / %s: measured %s, expected %s %.4f (tolerance %.4f)",
                    status, e.dataset(), e.system(), e.metric(), m, e.lowerIsBetter() ? "≤" : "≥", e.value(), e.tolerance());
        }
    }

    /** OK and FAIL are judged; SKIP means the data differs from what the expectation was recorded on. */
    public enum Status { OK, FAIL, SKIP }

    public static Expectations none() {
        return new Expectations(Map.of(), List.of());
    }

    /** The committed expectations of the named evaluation; none when no file is committed. */
    public static Expectations load(String evaluation) {
        String resource = "/dev/parallax/eval/expected/" + evaluation + ".json";
        try (InputStream in = Expectations.class.getResourceAsStream(resource)) {
            if (in == null) {
                return none();
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, DataRef> fingerprints = new java.util.LinkedHashMap<>();
            root.path("data").properties().forEach(e -> fingerprints.put(e.getKey(), e.getValue().isObject()
                    ? new DataRef(e.getValue().get("folder").asText(), e.getValue().get("fingerprint").asText())
                    : new DataRef(e.getKey(), e.getValue().asText())));
            List<Expected> expected = new ArrayList<>();
            for (JsonNode n : root.path("expect")) {
                expected.add(new Expected(n.get("dataset").asText(), n.get("system").asText(), n.get("metric").asText(),
                        n.get("value").asDouble(), n.path("tolerance").asDouble(0.0), n.path("lowerIsBetter").asBoolean(false)));
            }
            return new Expectations(fingerprints, expected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Checks a report measured on the data below {@code dataRoot}. */
    public List<Check> check(EvalReport report, Path dataRoot) throws IOException {
        List<Check> checks = new ArrayList<>();
        Map<String, Boolean> sameData = new java.util.HashMap<>();
        for (Expected e : expected) {
            boolean same = sameData.computeIfAbsent(e.dataset(), d -> {
                DataRef ref = fingerprints.get(d);
                try {
                    return ref != null && DataFingerprint.of(dataRoot.resolve(ref.folder())).equals(ref.fingerprint());
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
            OptionalDouble m = report.get(e.dataset(), e.system(), e.metric());
            Status s = !same ? Status.SKIP : m.isPresent() && e.passes(m.getAsDouble()) ? Status.OK : Status.FAIL;
            checks.add(new Check(e, m, s));
        }
        return checks;
    }
}
