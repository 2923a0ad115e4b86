package dev.parallax.nlp;

import dev.parallax.core.annotate.SentenceSplitter;
import dev.parallax.core.annotate.Span;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits English text into trimmed sentence spans with OpenNLP; no sentence ever crosses a line
 * break, and none starts with a word in lower case after an initialism ("a.m.", "U.S."), which
 * the model sometimes takes for a sentence end.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
    static final String RESOURCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String ARTIFACT = "org.apache.opennlp:opennlp-models-sentdetect-en";

    /** Two or more single letters, each with its full stop, ending a sentence: "a.m.", "U.S.", "e.g.". */
    private static final Pattern INITIALISM_AT_END = Pattern.compile("(?<![\\p{L}.])(?:\\p{L}\\.){2,}$");

    private final SentenceModel model;

    /** Loads the bundled English (UD EWT) model; prefer {@link NlpModels#sentences()}, which loads it once. */
    public OpenNlpSentenceSplitter() {
        this(load());
    }

    public OpenNlpSentenceSplitter(SentenceModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    private static SentenceModel load() {
        try (InputStream in = ModelResource.open(RESOURCE, ARTIFACT)) {
            return new SentenceModel(in);
        } catch (IOException e) {
            throw ModelResource.unreadable(RESOURCE, e);
        }
    }

    @Override
    public List<Span> split(String text) {
        // SentenceDetectorME keeps per-call state; it costs microseconds to make, so make one per call.
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = start;
            while (end < n && !isLineBreak(text.charAt(end))) {
                end++;
            }
            if (end > start) {
                splitLine(detector, text, start, end, out);
            }
            start = end + 1;
        }
        return List.copyOf(out);
    }

    private static void splitLine(SentenceDetectorME detector, String text, int from, int to, List<Span> out) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        for (opennlp.tools.util.Span s : detector.sentPosDetect(line)) {
            int a = from + s.getStart();
            int b = from + s.getEnd();
            while (a < b && isSpace(text.charAt(a))) {
                a++;
            }
            while (b > a && isSpace(text.charAt(b - 1))) {
                b--;
            }
            if (b <= a) {
                continue;
            }
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() > from && continuesAfterAbbreviation(text, last, a)) {
                out.set(out.size() - 1, new Span(last.start(), b));
            } else {
                out.add(new Span(a, b));
            }
        }
    }

    /**
     * Whether a sentence the model ended at an initialism goes on at {@code next}: the model ends
     * sentences after initialisms it does not know ("2 a.m. local time", "the U.N. envoy"), and an
     * English sentence never starts with a word in lower case. A word with a capital inside
     * ("iPhone", "eBay") may start one, so it is left where the model put it; so is a sentence
     * that ends on a word and a full stop, which may be a cut web address ("www. example. com").
     */
    private static boolean continuesAfterAbbreviation(String text, Span previous, int next) {
        if (!INITIALISM_AT_END.matcher(text).region(previous.start(), previous.end()).find()
                || !Character.isLowerCase(text.charAt(next))) {
            return false;
        }
        int end = next;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            if (Character.isUpperCase(text.charAt(end))) {
                return false;
            }
            end++;
        }
        return true;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
