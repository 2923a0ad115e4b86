package dev.parallax.eval;

import java.util.List;
import java.util.Optional;

/** Every evaluation Parallax has, by name. Add a new one here. */
public final class Evaluations {
    private Evaluations() {}

    public static List<Evaluation> all() {
        return List.of(
                new dev.parallax.eval.dates.DatesEvaluation(),
                new dev.parallax.eval.summary.SummaryEvaluation(),
                new dev.parallax.eval.extraction.ExtractionEvaluation(),
                new dev.parallax.eval.clustering.ClusteringEvaluation(),
                new dev.parallax.eval.attribution.AttributionEvaluation(),
                new dev.parallax.eval.time.TimeEvaluation(),
                new dev.parallax.eval.alignment.AlignmentEvaluation());
    }

    public static Optional<Evaluation> find(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
