package dev.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Identifies the data an expectation was recorded on: a hash of every file's relative path and
 * size under a data set folder. Expectations are checked only when the fingerprint matches, so
 * {@code --data} elsewhere is measured and printed but never judged against numbers from other data.
 */
public final class DataFingerprint {
    private DataFingerprint() {}

    public static String of(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return "missing";
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Path f : files) {
            String line = folder.relativize(f).toString().replace('\\', '/') + "\t" + Files.size(f) + "\n";
            md.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return files.size() + "-" + HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }
}
