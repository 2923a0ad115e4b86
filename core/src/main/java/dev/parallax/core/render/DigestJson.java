package dev.parallax.core.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parallax.core.digest.Digest;
import java.io.UncheckedIOException;

/**
 * Writes and reads {@code digest.json}, the machine-readable output described by
 * {@code docs/digest.schema.json}.
 *
 * <p>The output is deterministic: fields follow record component order, nulls are written (the
 * contract says unknown values are null), indentation is two spaces with {@code \n} line ends on
 * every platform, and the text ends with a newline. Non-ASCII characters are written as UTF-8
 * characters, but {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are escaped as {@code \}{@code uXXXX}
 * so the JSON can be embedded in an HTML page or a script element as it is.
 */
public final class DigestJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter())
            .with(new HtmlSafeEscapes());

    private DigestJson() {}

    /** The digest as pretty-printed JSON ending in a newline; equal digests give identical strings. */
    public static String write(Digest digest) {
        try {
            return WRITER.writeValueAsString(digest) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write digest as JSON", e);
        }
    }

    /** Reads a digest written by {@link #write}; fails on unknown properties or malformed JSON. */
    public static Digest read(String json) {
        try {
            return MAPPER.readValue(json, Digest.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not a digest: " + e.getOriginalMessage(), e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /** Escapes the characters that could end a script element or break JavaScript string literals. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        private final int[] asciiEscapes;

        HtmlSafeEscapes() {
            asciiEscapes = CharacterEscapes.standardAsciiEscapesForJSON();
            asciiEscapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            asciiEscapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            asciiEscapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case 0x2028 -> LINE_SEPARATOR;
                case 0x2029 -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}
