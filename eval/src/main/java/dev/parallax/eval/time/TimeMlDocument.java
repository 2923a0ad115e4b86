package dev.parallax.eval.time;

import dev.parallax.core.annotate.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * One TimeML document of TempEval-3 (TimeBank, AQUAINT): the plain text of its {@code <TEXT>}
 * element with every tag removed, its creation time (the TIMEX3 whose
 * {@code functionInDocument} is {@code CREATION_TIME}) and the TIMEX3s inside the text with
 * their character spans into that plain text. Empty (non-consuming) TIMEX3s are left out: they
 * have no span to find.
 */
record TimeMlDocument(String id, String text, String creationTime, List<GoldTimex> timexes) {

    /** Every {@code .tml} file below {@code folder}, in path order. */
    static List<TimeMlDocument> readAll(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("no TimeML folder at " + folder);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
        }
        List<TimeMlDocument> docs = new ArrayList<>(files.size());
        for (Path f : files) {
            docs.add(read(f));
        }
        return docs;
    }

    static TimeMlDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.getFileName().toString().replaceFirst("\\.tml$", ""), builder().parse(in));
        } catch (SAXException | IllegalArgumentException e) {
            throw new IOException(file + " is not readable TimeML: " + e.getMessage(), e);
        }
    }

    private static TimeMlDocument parse(String id, Document xml) {
        String dct = null;
        NodeList all = xml.getElementsByTagName("TIMEX3");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if ("CREATION_TIME".equals(e.getAttribute("functionInDocument"))) {
                dct = e.getAttribute("value");
                break;
            }
        }
        NodeList texts = xml.getElementsByTagName("TEXT");
        if (texts.getLength() != 1) {
            throw new IllegalArgumentException("expected one <TEXT>, found " + texts.getLength());
        }
        if (dct == null || dct.isEmpty()) {
            throw new IllegalArgumentException("no TIMEX3 with functionInDocument=\"CREATION_TIME\"");
        }
        StringBuilder text = new StringBuilder();
        List<GoldTimex> timexes = new ArrayList<>();
        flatten(texts.item(0), text, timexes);
        return new TimeMlDocument(id, text.toString(), dct, List.copyOf(timexes));
    }

    private static void flatten(Node node, StringBuilder text, List<GoldTimex> timexes) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(c.getNodeValue());
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                int start = text.length();
                flatten(c, text, timexes);
                Element e = (Element) c;
                if (e.getTagName().equals("TIMEX3") && text.length() > start) {
                    timexes.add(new GoldTimex(new Span(start, text.length()), e.getAttribute("type"), e.getAttribute("value")));
                }
            }
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            f.setValidating(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
