package dev.parallax.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The metrics of one evaluation run, grouped by data set and by system ({@code parallax} first,
 * then each baseline), with free-text notes on how they were measured. Immutable; build it with
 * {@link #builder(String)}.
 *
 * @param evaluation the evaluation's name ("extraction")
 * @param metrics data set → system → metric (snake_case) → value, in insertion order
 * @param notes lines a reader needs to interpret the numbers (sample sizes, settings)
 */
public record EvalReport(String evaluation, Map<String, Map<String, Map<String, Double>>> metrics, List<String> notes) {

    public EvalReport {
        Map<String, Map<String, Map<String, Double>>> copy = new LinkedHashMap<>();
        metrics.forEach((d, systems) -> {
            Map<String, Map<String, Double>> s = new LinkedHashMap<>();
            systems.forEach((sys, m) -> s.put(sys, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
            copy.put(d, Collections.unmodifiableMap(s));
        });
        metrics = Collections.unmodifiableMap(copy);
        notes = List.copyOf(notes);
    }

    public static Builder builder(String evaluation) {
        return new Builder(evaluation);
    }

    public OptionalDouble get(String dataset, String system, String metric) {
        Double v = metrics.getOrDefault(dataset, Map.of()).getOrDefault(system, Map.of()).get(metric);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** One JSON object: {"evaluation": …, "datasets": {dataset: {system: {metric: value}}}, "notes": […]}. */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("evaluation", evaluation);
        root.put("datasets", metrics);
        root.put("notes", notes);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A readable table per data set: one row per system, one column per metric. */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        metrics.forEach((dataset, systems) -> {
            List<String> columns = new ArrayList<>();
            systems.values().forEach(m -> m.keySet().forEach(k -> {
                if (!columns.contains(k)) {
                    columns.add(k);
                }
            }));
            sb.append(dataset).append('\n');
            sb.append(String.format(Locale.ROOT, "  %-22s", "system"));
            columns.forEach(c -> sb.append(String.format(Locale.ROOT, " %12s", c)));
            sb.append('\n');
            systems.forEach((system, m) -> {
                sb.append(String.format(Locale.ROOT, "  %-22s", system));
                columns.forEach(c -> sb.append(m.containsKey(c)
                        ? String.format(Locale.ROOT, " %12.4f", m.get(c)) : String.format(Locale.ROOT, " %12s", "–")));
                sb.append('\n');
            });
        });
        notes.forEach(n -> sb.append("note: ").append(n).append('\n'));
        return sb.toString();
    }

    /** Collects metrics in the order they are put. Not thread-safe. */
    public static final class Builder {
        private final String evaluation;
        private final Map<String, Map<String, Map<String, Double>>> metrics = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String evaluation) {
            this.evaluation = evaluation;
        }

        public Builder put(String dataset, String system, String metric, double value) {
            metrics.computeIfAbsent(dataset, k -> new LinkedHashMap<>())
                    .computeIfAbsent(system, k -> new LinkedHashMap<>()).put(metric, value);
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public EvalReport build() {
            return new EvalReport(evaluation, metrics, notes);
        }
    }
}
