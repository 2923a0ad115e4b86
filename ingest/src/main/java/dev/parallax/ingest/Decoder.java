package dev.parallax.ingest;

import dev.parallax.core.article.RejectedInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a document into text without mojibake: a byte-order mark wins, then the
 * charset of the HTTP {@code Content-Type} when there was one, then a charset the HTML declares,
 * then strict UTF-8, then statistical detection (the WHATWG order). A declared charset the bytes
 * do not fit is passed over rather than trusted. Bytes that none of
 * these can read are rejected, never decoded with replacement characters. Binary content (NUL
 * bytes, many control characters) is rejected.
 */
public final class Decoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private Decoder() {}

    /** The text of {@code bytes}, read as HTML ({@code html}) or plain text, with no transport charset. */
    public static String decode(byte[] bytes, boolean html) throws RejectedInputException {
        return decode(bytes, html, null);
    }

    /**
     * The text of {@code bytes}; {@code transportCharset} is the charset a {@code Content-Type}
     * header named, or null.
     */
    public static String decode(byte[] bytes, boolean html, String transportCharset) throws RejectedInputException {
        rejectBinary(bytes);
        Optional<Charset> bom = bom(bytes);
        if (bom.isPresent()) {
            int skip = bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
            return strict(bytes, skip, bom.get()).orElseThrow(() ->
                    new RejectedInputException("bytes do not match the " + bom.get() + " byte-order mark"));
        }
        Optional<Charset> transport = transportCharset == null ? Optional.empty() : charset(transportCharset.strip());
        if (transport.isPresent()) {
            Optional<String> s = strict(bytes, 0, transport.get());
            if (s.isPresent()) {
                return s.get();
            }
        }
        if (html) {
            Optional<Charset> declared = declaredCharset(bytes);
            if (declared.isPresent()) {
                Optional<String> s = strict(bytes, 0, declared.get());
                if (s.isPresent()) {
                    return s.get();
                }
            }
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        return detected(bytes).flatMap(cs -> strict(bytes, 0, cs)).orElseThrow(() ->
                new RejectedInputException("unreadable text encoding: not UTF-8 and no charset could be detected"));
    }

    private static void rejectBinary(byte[] bytes) throws RejectedInputException {
        if (looksUtf16(bytes)) {
            return; // UTF-16 text is half NUL bytes; its byte-order mark says what it is
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new RejectedInputException("binary file (contains NUL bytes), not a text or HTML article");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (n > 0 && control * 20 > n) {
            throw new RejectedInputException("binary file (" + control + " control bytes in the first " + n + ")");
        }
    }

    private static boolean looksUtf16(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF));
    }

    private static Optional<Charset> bom(byte[] b) {
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> detected(byte[] bytes) {
        UniversalDetector d = new UniversalDetector();
        d.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        d.dataEnd();
        return Optional.ofNullable(d.getDetectedCharset()).flatMap(Decoder::charset);
    }

    private static Optional<Charset> charset(String name) {
        try {
            String n = name.toLowerCase(Locale.ROOT);
            // WHATWG: pages labelled latin-1 are decoded as windows-1252.
            return Optional.of(Charset.forName(n.equals("iso-8859-1") || n.equals("latin1") ? "windows-1252" : n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset cs) {
        try {
            return Optional.of(cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
