package dev.parallax.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A list of URLs in a text file: one per line; blank lines and lines starting with {@code #} are
 * ignored; repeated URLs are read once.
 */
public final class UrlList {
    private UrlList() {}

    public static List<String> read(Path file) throws IOException {
        LinkedHashSet<String> urls = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                urls.add(s);
            }
        }
        return new ArrayList<>(urls);
    }
}
