package dev.parallax.cli;

import dev.parallax.core.digest.Digest;
import dev.parallax.core.render.DigestHtml;
import dev.parallax.core.render.DigestJson;
import dev.parallax.core.render.DigestMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Writes a digest's files, each atomically (a temporary file moved into place). */
final class DigestFiles {
    private DigestFiles() {}

    /** The renderings a digest can be written as. */
    enum Format {
        JSON("digest.json"), MD("digest.md"), HTML("digest.html");

        final String fileName;

        Format(String fileName) {
            this.fileName = fileName;
        }

        static Optional<Format> parse(String s) {
            String k = s.toUpperCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> f.name().equals(k) || (k.equals("MARKDOWN") && f == MD)).findFirst();
        }

        String render(Digest d) {
            return switch (this) {
                case JSON -> DigestJson.write(d);
                case MD -> DigestMarkdown.render(d);
                case HTML -> DigestHtml.render(d);
            };
        }
    }

    static List<Path> write(Digest digest, Path dir, Set<Format> formats) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Format f : Format.values()) {
            if (formats.contains(f)) {
                Path target = dir.resolve(f.fileName);
                Path tmp = Files.createTempFile(dir, ".digest", ".tmp");
                Files.writeString(tmp, f.render(digest), StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(target);
            }
        }
        return written;
    }
}
