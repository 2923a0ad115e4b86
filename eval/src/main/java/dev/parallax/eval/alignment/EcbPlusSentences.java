package dev.parallax.eval.alignment;

import dev.parallax.core.annotate.Span;
import dev.parallax.eval.clustering.EcbPlusReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the sentences of ECB+ (Cybulska and Vossen 2014) that its annotators selected for
 * coreference ({@code ECBplus_coreference_sentences.csv}), with the cross-document event chains
 * each of them mentions. An event chain is a {@code CROSS_DOC_COREF} relation whose instance id
 * names an action ({@code ACT…}) or a negated action ({@code NEG…}); a mention lies in the
 * sentence of its first token. Only documents with at least one selected sentence are returned,
 * in file-name order.
 */
public final class EcbPlusSentences {
    static final String SELECTION = "ECBplus_coreference_sentences.csv";

    private EcbPlusSentences() {}

    public static List<SentenceDocument> read(Path folder) throws IOException {
        Map<String, Set<Integer>> selection = selection(folder.resolve(SELECTION));
        List<SentenceDocument> out = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> e : selection.entrySet()) {
            String name = e.getKey();
            Path file = folder.resolve(name.substring(0, name.indexOf('_'))).resolve(name);
            if (!Files.isRegularFile(file)) {
                continue; // the selection lists all 43 topics; the data here holds some of them
            }
            out.add(document(file, e.getValue()));
        }
        return out;
    }

    /** File name → selected sentence numbers, from rows {@code topic,file,sentence}. */
    static Map<String, Set<Integer>> selection(Path csv) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new IOException(csv + ": missing; ECB+ ships it beside the topic folders");
        }
        Map<String, Set<Integer>> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",");
            if (f.length != 3 || !f[0].matches("\\d+") || !f[1].matches("\\d+ecb(plus)?") || !f[2].matches("\\d+")) {
                throw new IOException(csv + ": line " + (i + 1) + " is not 'topic,file,sentence': " + line);
            }
            out.computeIfAbsent(f[0] + "_" + f[1] + ".xml", k -> new TreeSet<>()).add(Integer.parseInt(f[2]));
        }
        return out;
    }

    static SentenceDocument document(Path file, Set<Integer> selected) throws IOException {
        Parsed p = parse(file);
        Map<Integer, List<String[]>> bySentence = new TreeMap<>();
        p.tokens.forEach(t -> bySentence.computeIfAbsent(Integer.parseInt(t[0]), k -> new ArrayList<>()).add(t));
        Map<Integer, Set<String>> events = new HashMap<>();
        p.chains.forEach((instance, mentions) -> {
            for (String m : mentions) {
                Integer sentence = p.mentionSentence.get(m);
                if (sentence != null) {
                    events.computeIfAbsent(sentence, k -> new HashSet<>()).add(instance);
                }
            }
        });
        StringBuilder text = new StringBuilder();
        List<GoldSentence> sentences = new ArrayList<>();
        for (Map.Entry<Integer, List<String[]>> s : bySentence.entrySet()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            String sentence = EcbPlusReader.join(s.getValue());
            int start = text.length();
            text.append(sentence);
            if (selected.contains(s.getKey())) {
                sentences.add(new GoldSentence(s.getKey(), new Span(start, text.length()), sentence,
                        events.getOrDefault(s.getKey(), Set.of())));
            }
        }
        if (sentences.size() != selected.size()) {
            throw new IOException(file + ": the selection names sentences " + selected + " but the document has "
                    + bySentence.keySet());
        }
        String name = file.getFileName().toString();
        String story = name.substring(0, name.indexOf('_')) + (name.endsWith("ecbplus.xml") ? "ecbplus" : "ecb");
        return new SentenceDocument(name, story, text.toString(), sentences);
    }

    /** Tokens, the sentence of each markable's first token, and the event chains' mentions. */
    private record Parsed(List<String[]> tokens, Map<String, Integer> mentionSentence, Map<String, List<String>> chains) {}

    private static Parsed parse(Path file) throws IOException {
        List<String[]> tokens = new ArrayList<>();
        Map<String, Integer> tokenSentence = new HashMap<>();
        Map<String, Integer> mentionSentence = new HashMap<>();
        Map<String, List<String>> chains = new TreeMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(in);
            String section = "";
            String markable = null;
            String chain = null;
            while (r.hasNext()) {
                if (r.next() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                String tag = r.getLocalName();
                switch (tag) {
                    case "token" -> {
                        String sentence = r.getAttributeValue(null, "sentence");
                        tokenSentence.put(r.getAttributeValue(null, "t_id"), Integer.parseInt(sentence));
                        tokens.add(new String[] {sentence, r.getElementText()});
                    }
                    case "Markables", "Relations" -> section = tag;
                    case "token_anchor" -> {
                        Integer s = tokenSentence.get(r.getAttributeValue(null, "t_id"));
                        if (markable != null && s != null) {
                            mentionSentence.putIfAbsent(markable, s);
                        }
                    }
                    case "source" -> {
                        if (chain != null) {
                            chains.get(chain).add(r.getAttributeValue(null, "m_id"));
                        }
                    }
                    case "target" -> { }
                    default -> {
                        if (section.equals("Markables")) {
                            markable = r.getAttributeValue(null, "m_id");
                        } else if (tag.equals("CROSS_DOC_COREF")) {
                            String note = r.getAttributeValue(null, "note");
                            chain = note != null && (note.startsWith("ACT") || note.startsWith("NEG")) ? note : null;
                            if (chain != null) {
                                chains.computeIfAbsent(chain, k -> new ArrayList<>());
                            }
                        } else {
                            chain = null;
                        }
                    }
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException("cannot parse " + file + ": " + e.getMessage(), e);
        }
        return new Parsed(tokens, mentionSentence, chains);
    }
}
