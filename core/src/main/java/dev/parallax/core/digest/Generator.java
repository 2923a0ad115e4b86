package dev.parallax.core.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Names the program that wrote a digest. */
public record Generator(String name, String version) {

    /** This build of Parallax, its version read from the build's resources. */
    public static Generator current() {
        Properties p = new Properties();
        try (InputStream in = Generator.class.getResourceAsStream("/parallax-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Generator("parallax", p.getProperty("version", "unknown"));
    }
}
