package dev.parallax.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Hands every file that appears in the watched folders (recursively, hidden entries
 * skipped) to a consumer, once it has stopped changing: a file is taken when two scans a period
 * apart see the same size and modification time, so a file still being copied is not read half
 * written. A file that changes later is handed over again (the store keeps each content once).
 * Polling rather than a watch service: it behaves the same on every file system, network mounts
 * included. Files present at start-up are taken too.
 */
public final class FolderWatcher implements AutoCloseable {


    private record Seen(long size, long modified) {}

    private final List<Path> folders;
    private final Consumer<Path> consumer;
    private final Map<Path, Seen> pending = new HashMap<>();
    private final Map<Path, Seen> taken = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parallax-folder-watcher");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<String> errors;

    public FolderWatcher(List<Path> folders, Consumer<Path> consumer, Consumer<String> errors) {
        this.folders = List.copyOf(folders);
        this.consumer = consumer;
        this.errors = errors;
    }

    /** Starts scanning every {@code periodMillis}. */
    public FolderWatcher start(long periodMillis) {
        timer.scheduleWithFixedDelay(this::scanSafely, 0, periodMillis, TimeUnit.MILLISECONDS);
        return this;
    }

    private void scanSafely() {
        try {
            scan();
        } catch (RuntimeException e) {
            errors.accept("watching " + folders + " failed: " + e);
        }
    }

    /** One scan: hands over the files that were stable since the previous scan. */
    synchronized void scan() {
        for (Path folder : folders) {
            for (Path file : files(folder)) {
                Seen now;
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    now = new Seen(a.size(), a.lastModifiedTime().toMillis());
                } catch (IOException e) {
                    continue; // gone between listing and reading
                }
                if (now.equals(taken.get(file))) {
                    continue;
                }
                if (now.equals(pending.get(file))) {
                    pending.remove(file);
                    taken.put(file, now);
                    consumer.accept(file);
                } else {
                    pending.put(file, now);
                }
            }
        }
    }

    private List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            errors.accept("watched folder " + folder + " is not there");
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) {
            s.filter(p -> !folder.relativize(p).toString().startsWith(".") && !p.toString().contains("/."))
                    .filter(Files::isRegularFile)

                    .sorted()
                    .forEach(out::add);
        } catch (IOException | RuntimeException e) {
            errors.accept("cannot list watched folder " + folder + ": " + e.getMessage());
        }
        return out;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
