package dev.parallax.core.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable, content-derived identifiers: the same body text always gets the same id. */
public final class ArticleIds {
    private ArticleIds() {}

    /** {@code a-} and the first 12 hex digits of the SHA-256 of the whitespace-normalised text. */
    public static String forText(String text) {
        return "a-" + sha256Hex(text.strip().replaceAll("\\s+", " ")).substring(0, 12);
    }

    /** {@code s-} and 10 hex digits of the SHA-256 of the ids, joined in the given order. */
    public static String forStory(Iterable<String> articleIds) {
        return "s-" + sha256Hex(String.join(",", articleIds)).substring(0, 10);
    }

    static String sha256Hex(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
