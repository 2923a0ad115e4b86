package dev.parallax.eval.clustering;

import dev.parallax.core.article.Article;
import dev.parallax.core.article.ArticleIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads ECB+ (Cybulska and Vossen 2014): every {@code *ecb.xml} / {@code *ecbplus.xml} below the
 * folder, its text rebuilt from its tokens (newline between sentences), its gold event the topic
 * number plus {@code ecb} or {@code ecbplus}. Documents come in path order.
 */
public final class EcbPlusReader {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "!", "?", ")", "]", "}", "%",
            "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "''", "'");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``");

    private EcbPlusReader() {}

    public static List<GoldDocument> read(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> p.getFileName().toString().matches("\\d+_\\d+ecb(plus)?\\.xml")).sorted().toList();
        }
        List<GoldDocument> out = new ArrayList<>(files.size());
        for (Path f : files) {
            String name = f.getFileName().toString();
            String topic = name.substring(0, name.indexOf('_'));
            String gold = topic + (name.endsWith("ecbplus.xml") ? "ecbplus" : "ecb");
            String text = text(f);
            out.add(new GoldDocument(new Article(ArticleIds.forText(text), name, null, null, null, null, null, null,
                    null, text), gold));
        }
        return out;
    }

    /** The document's text: tokens joined as they would be written, one line per sentence. */
    static String text(Path file) throws IOException {
        List<String[]> tokens = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("token")) {
                    String sentence = r.getAttributeValue(null, "sentence");
                    tokens.add(new String[] {sentence, r.getElementText()});
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot parse " + file + ": " + e.getMessage(), e);
        }
        return join(tokens);
    }

    /** Tokens ({sentence number, word}) joined as they would be written, one line per sentence. */
    public static String join(List<String[]> tokens) {
        StringBuilder sb = new StringBuilder();
        String sentence = null;
        String previous = null;
        for (String[] t : tokens) {
            String word = t[1].equals("``") || t[1].equals("''") ? "\"" : t[1];
            if (sentence != null && !sentence.equals(t[0])) {
                sb.append('\n');
            } else if (previous != null && !NO_SPACE_BEFORE.contains(t[1]) && !NO_SPACE_AFTER.contains(previous)) {
                sb.append(' ');
            }
            sb.append(word);
            sentence = t[0];
            previous = t[1];
        }
        return sb.toString();
    }
}
