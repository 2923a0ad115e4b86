package dev.parallax.cli;

import dev.parallax.core.pipeline.ProgressListener;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr that appears only once a task has run for two seconds, and only on an
 * interactive terminal, so short runs and logs stay clean.
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {
    private static final long DELAY_NANOS = 2_000_000_000L;

    private final PrintStream err;
    private final boolean interactive;
    private String task;
    private int total;
    private int done;
    private long startedAt;
    private ProgressBar bar;

    ConsoleProgress(PrintStream err) {
        this.err = err;
        this.interactive = Terminal.isInteractive();
    }

    @Override
    public void start(String task, int total) {
        close();
        this.task = task;
        this.total = total;
        this.done = 0;
        this.startedAt = System.nanoTime();
    }

    @Override
    public void step() {
        done++;
        if (bar == null && interactive && System.nanoTime() - startedAt >= DELAY_NANOS && done < total) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err))
                    .setUpdateIntervalMillis(200).build();
        }
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
