package dev.parallax.ingest;

import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.article.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads files and folders (recursively) into raw articles. Folders are walked in name order;
 * hidden files and folders are skipped. Each file becomes a {@link RawArticle} or a
 * {@link Rejection} with its reason: never an exception that stops the batch, never a silent skip.
 */
public final class FileInputs {
    /** Default largest file accepted, before or after gunzip. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;

    public FileInputs(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public FileInputs() {
        this(DEFAULT_MAX_BYTES);
    }

    /** What a batch of inputs yielded: the raw articles in input order, and every rejected input. */
    public record Batch(List<RawArticle> articles, List<Rejection> rejected) {
        public Batch {
            articles = List.copyOf(articles);
            rejected = List.copyOf(rejected);
        }
    }

    public Batch read(List<Path> inputs) {
        List<RawArticle> articles = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> files = walk(input, rejected);
                if (files.isEmpty() && rejected.stream().noneMatch(r -> r.input().startsWith(input.toString()))) {
                    rejected.add(new Rejection(input.toString(), "folder holds no article files (.txt, .html, .htm, optionally .gz)"));
                }
                files.forEach(f -> readOne(f, articles, rejected));
            } else if (Files.exists(input)) {
                readOne(input, articles, rejected);
            } else {
                rejected.add(new Rejection(input.toString(), "no such file or folder"));
            }
        }
        return new Batch(articles, rejected);
    }

    private static List<Path> walk(Path dir, List<Rejection> rejected) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> !p.equals(dir) && !isHidden(dir.relativize(p)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(p -> {
                        if (format(p) != null) {
                            files.add(p);
                        } else {
                            rejected.add(new Rejection(p.toString(),
                                    "not an article file: Parallax reads .txt, .html and .htm, optionally .gz"));
                        }
                    });
        } catch (IOException | RuntimeException e) {
            rejected.add(new Rejection(dir.toString(), "cannot list folder: " + e.getMessage()));
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readOne(Path file, List<RawArticle> articles, List<Rejection> rejected) {
        try {
            articles.add(readFile(file));
        } catch (RejectedInputException e) {
            rejected.add(e.toRejection(file.toString()));
        }
    }

    /** One file to a raw article, or the reason it is not one. */
    public RawArticle readFile(Path file) throws RejectedInputException {
        RawArticle.Format format = format(file);
        byte[] bytes = bytes(file);
        if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            throw new RejectedInputException("empty file");
        }
        if (format == null) {
            format = sniff(bytes);
        }
        return new RawArticle(file.toString(), format, Decoder.decode(bytes, format == RawArticle.Format.HTML));
    }

    private byte[] bytes(Path file) throws RejectedInputException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(size);
            }
            boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
            try (InputStream in = gz ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
                byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (b.length > maxBytes) {
                    throw tooLarge(b.length);
                }
                return b;
            }
        } catch (java.util.zip.ZipException e) {
            throw new RejectedInputException("corrupt gzip data: " + e.getMessage());
        } catch (java.io.EOFException e) {
            throw new RejectedInputException("truncated gzip data");
        } catch (IOException e) {
            throw new RejectedInputException("cannot read file: " + e);
        }
    }

    private RejectedInputException tooLarge(long size) {
        return new RejectedInputException(String.format(Locale.ROOT,
                "file too large: %.1f MB, limit %.1f MB", size / 1048576.0, maxBytes / 1048576.0));
    }

    /** The format a file name says, or null when the name says nothing Parallax reads. */
    static RawArticle.Format format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return RawArticle.Format.TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return RawArticle.Format.HTML;
        }
        return null;
    }

    private static RawArticle.Format sniff(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                ? RawArticle.Format.HTML : RawArticle.Format.TEXT;
    }
}
