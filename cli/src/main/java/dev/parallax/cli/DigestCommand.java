package dev.parallax.cli;

import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.core.digest.Digest;
import dev.parallax.core.pipeline.DigestOptions;
import dev.parallax.core.pipeline.DigestPipeline;
import dev.parallax.core.pipeline.ProgressListener;
import dev.parallax.ingest.FileInputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax digest}: files and folders of articles in, a digest of their stories out. */
@Command(
        name = "digest",
        mixinStandardHelpOptions = true,
        description = {
            "Reads articles (.txt, .html, .htm, each optionally .gz; folders recursively), groups them into "
                    + "stories and writes digest.json, digest.md and digest.html.",
            "Exit codes: 0 all inputs read, 1 some inputs rejected (each listed), 2 usage error."
        })
final class DigestCommand implements Callable<Integer> {

    @CommandLine.Mixin
    InputOptions input;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "parallax-out",
            description = "Folder to write the digest into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "json,md,html",
            description = "Which files to write, comma-separated: json, md, html (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--brief-words", paramLabel = "N", defaultValue = "100",
            description = "Target length of each story's brief in words (default: ${DEFAULT-VALUE}).")
    int briefWords;

    @Option(names = "--story-threshold", paramLabel = "P",
            description = "Advanced: probability that an article belongs to a story needed to join it, 0..1 (default: calibrated, 0.5).")
    Double storyThreshold;

    @Option(names = "--story-window", paramLabel = "DAYS", defaultValue = "3",
            description = "Publication days without a new article after which a story takes no more (default: ${DEFAULT-VALUE}).")
    int storyWindow;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Set<DigestFiles.Format> wanted = parseFormats();
        if (briefWords < 10) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--brief-words must be at least 10");
        }
        if (storyWindow < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--story-window must be at least 1 day");
        }
        FileInputs.Batch batch = input.read(spec.commandLine());
        DigestPipeline pipeline = new DigestPipeline(new ArticleCleaner(),
                Annotators.full(),
                options());
        Digest digest;
        try (ConsoleProgress progress = quiet ? null : new ConsoleProgress(System.err)) {
            digest = pipeline.run(batch.articles(), batch.rejected(), progress == null ? ProgressListener.NONE : progress);
        }
        List<Path> written = DigestFiles.write(digest, out, wanted);
        report(digest, written);
        return digest.rejected().isEmpty() ? 0 : ParallaxCli.EXIT_REJECTED;
    }

    private DigestOptions options() {
        DigestOptions o = DigestOptions.defaults().withBriefWords(briefWords).withStoryWindowDays(storyWindow);
        if (storyThreshold != null) {
            if (storyThreshold <= 0 || storyThreshold > 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--story-threshold must be in (0, 1]");
            }
            o = o.withStoryThreshold(storyThreshold);
        }
        return o;
    }

    private Set<DigestFiles.Format> parseFormats() {
        Set<DigestFiles.Format> set = EnumSet.noneOf(DigestFiles.Format.class);
        for (String f : formats) {
            set.add(DigestFiles.Format.parse(f.strip()).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "unknown --format '" + f + "': use json, md or html")));
        }
        return set;
    }

    private void report(Digest digest, List<Path> written) {
        PrintWriter outw = spec.commandLine().getOut();
        int stories = digest.stories().size();
        outw.printf("Digested %d article%s into %d stor%s; %d input%s rejected.%n",
                digest.articleCount(), digest.articleCount() == 1 ? "" : "s",
                stories, stories == 1 ? "y" : "ies",
                digest.rejected().size(), digest.rejected().size() == 1 ? "" : "s");
        digest.rejected().forEach(r -> outw.printf("  rejected %s: %s%n", r.input(), r.reason()));
        written.forEach(p -> outw.printf("  wrote %s%n", p));
        outw.flush();
    }
}
