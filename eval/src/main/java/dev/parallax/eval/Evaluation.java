package dev.parallax.eval;

import dev.parallax.core.pipeline.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One quality measurement of a stage on public gold data, run by {@code parallax eval NAME}.
 * Implementations read their data sets below the data root by the folder names they have there,
 * and put their metrics (snake_case: {@code precision}, {@code recall}, {@code f1}, …) for
 * {@code parallax} first, then for each baseline.
 */
public interface Evaluation {
    /** The command-line name, e.g. {@code extraction}. */
    String name();

    /** One line for {@code parallax eval --help}. */
    String description();

    /** The sub-folders of the data root it reads, e.g. {@code article-extraction}. */
    List<String> datasets();

    EvalReport run(Path dataRoot, ProgressListener progress) throws IOException;
}
