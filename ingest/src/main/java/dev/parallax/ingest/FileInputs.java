package dev.parallax.ingest;

import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.article.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads files and folders (recursively) into raw articles. Folders are walked in name order;
 * hidden files and folders are skipped. Each file becomes a {@link RawArticle} or a
 * {@link Rejection} with its reason: never an exception that stops the batch, never a silent skip.
 *
 * <p>Besides article files ({@code .txt}, {@code .html}, {@code .htm}), web archives
 * ({@code .warc}, {@code .warc.gz}: {@link WarcInputs}) and JSON dumps ({@code .json},
 * {@code .jsonl}, {@code .ndjson}, optionally gzipped: {@link JsonDumps}) are read item by item; for
 * them the size limit applies to each page or line, not to the whole file.
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

    /**
     * What a batch of inputs yielded: the raw articles in input order, every rejected input, and
     * the count of skipped archive records by kind.
     */
    public record Batch(List<RawArticle> articles, List<Rejection> rejected, Map<String, Integer> skipped) {
        public Batch {
            articles = List.copyOf(articles);
            rejected = List.copyOf(rejected);
            skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
        }

        public Batch(List<RawArticle> articles, List<Rejection> rejected) {
            this(articles, rejected, Map.of());
        }
    }

    /** Reads every input into memory; for archives of any size use {@link #read(List, ArticleSink)}. */
    public Batch read(List<Path> inputs) {
        List<RawArticle> articles = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        read(inputs, new ArticleSink() {
            @Override
            public void article(RawArticle article) {
                articles.add(article);
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected.add(rejection);
            }

            @Override
            public void skipped(String kind) {
                skipped.merge(kind, 1, Integer::sum);
            }
        });
        return new Batch(articles, rejected, skipped);
    }

    /** Streams every input into {@code sink}, one item at a time, in input order. */
    public void read(List<Path> inputs, ArticleSink sink) {
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Rejection> unreadable = new ArrayList<>();
                List<Path> files = walk(input, unreadable);
                unreadable.forEach(sink::rejected);
                if (files.isEmpty() && unreadable.isEmpty()) {
                    sink.rejected(new Rejection(input.toString(), "folder holds no article files ("
                            + READABLE + ")"));
                }
                files.forEach(f -> readAny(f, sink));
            } else if (Files.exists(input)) {
                readAny(input, sink);
            } else {
                sink.rejected(new Rejection(input.toString(), "no such file or folder"));
            }
        }
    }

    private static final String READABLE = ".txt, .html, .htm, .warc, .json, .jsonl, .ndjson, optionally .gz";

    private void readAny(Path file, ArticleSink sink) {
        String name = baseName(file);
        if (WarcInputs.isWarc(name)) {
            // jwarc undoes gzip itself: a .warc.gz is a series of gzip members, one per record.
            try (InputStream in = Files.newInputStream(file)) {
                new WarcInputs(maxBytes).read(file.toString(), in, sink);
            } catch (IOException e) {
                sink.rejected(new Rejection(file.toString(), "cannot read file: " + e));
            }
        } else if (name.endsWith(".json") || JsonDumps.isJsonLines(name)) {
            JsonDumps dumps = new JsonDumps(maxBytes);
            try (InputStream in = open(file)) {
                if (JsonDumps.isJsonLines(name)) {
                    dumps.readLines(file.toString(), in, sink);
                } else {
                    dumps.readDocument(file.toString(), in, sink);
                }
            } catch (java.util.zip.ZipException e) {
                sink.rejected(new Rejection(file.toString(), "corrupt gzip data: " + e.getMessage()));
            } catch (IOException e) {
                sink.rejected(new Rejection(file.toString(), "cannot read file: " + e));
            }
        } else {
            try {
                sink.article(readFile(file));
            } catch (RejectedInputException e) {
                sink.rejected(e.toRejection(file.toString()));
            }
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** Whether Parallax reads a file of this name: an article file, a web archive or a JSON dump. */
    static boolean readable(Path file) {
        String name = baseName(file);
        return format(file) != null || WarcInputs.isWarc(name) || name.endsWith(".json") || JsonDumps.isJsonLines(name);
    }

    private static List<Path> walk(Path dir, List<Rejection> rejected) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> !p.equals(dir) && !isHidden(dir.relativize(p)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(p -> {
                        if (readable(p)) {
                            files.add(p);
                        } else {
                            rejected.add(new Rejection(p.toString(), "not an article file: Parallax reads " + READABLE));
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
