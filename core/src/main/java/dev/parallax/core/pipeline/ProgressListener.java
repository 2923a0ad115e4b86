package dev.parallax.core.pipeline;

/** Told how far a run has come; implementations draw progress bars or do nothing. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void start(String task, int total) {}

        @Override
        public void step() {}
    };

    /** A task of {@code total} steps begins. */
    void start(String task, int total);

    /** One step of the current task is done. */
    void step();
}
