package dev.parallax.eval.attribution;

import dev.parallax.core.annotate.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One PolNeAR article: its text and its gold attributions, read from a split folder
 * ({@code text/NAME.txt}, {@code attributions/NAME_ANNOTATOR.ann}, brat standoff). Where several
 * annotators annotated an article, the first annotation file by name is taken, so every article
 * counts once. Offsets in the {@code .ann} files count Unicode code points; they are turned into
 * Java string indices here.
 */
record PolnearArticle(String name, String text, List<Triple> gold) {

    private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)\\t");
    private static final Pattern EVENT = Pattern.compile("^E\\d+\\t(Attribution(?:-no-source)?):\\S+((?: \\S+:T\\d+)*)\\s*$");

    /** The articles of one split folder, in name order. */
    static List<PolnearArticle> readSplit(Path split) throws IOException {
        Map<String, Path> annByText = new HashMap<>();
        try (Stream<Path> s = Files.list(split.resolve("attributions"))) {
            for (Path ann : s.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String file = ann.getFileName().toString();
                String base = file.substring(0, file.lastIndexOf('_'));
                annByText.putIfAbsent(base, ann);
            }
        }
        List<PolnearArticle> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(split.resolve("text"))) {
            for (Path txt : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String file = txt.getFileName().toString();
                String base = file.substring(0, file.length() - 4);
                Path ann = annByText.get(base);
                if (ann == null) {
                    throw new IOException("no attribution file for " + txt);
                }
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                out.add(new PolnearArticle(base, text, parse(text, Files.readString(ann, StandardCharsets.UTF_8), ann)));
            }
        }
        return out;
    }

    /** The attributions of one {@code .ann} file over {@code text}; an event naming a missing span is an error. */
    static List<Triple> parse(String text, String ann, Path where) throws IOException {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            Matcher t = TEXT_BOUND.matcher(line);
            if (t.find()) {
                List<Span> frags = new ArrayList<>();
                for (String part : t.group(3).split(";")) {
                    String[] ab = part.split(" ");
                    frags.add(new Span(index(text, Integer.parseInt(ab[0]), where), index(text, Integer.parseInt(ab[1]), where)));
                }
                spans.put(t.group(1), frags);
                continue;
            }
            Matcher e = EVENT.matcher(line);
            if (e.find()) {
                events.add(e.group(2).strip().isEmpty() ? new String[0] : e.group(2).strip().split(" "));
            }
        }
        List<Triple> out = new ArrayList<>();
        for (String[] roles : events) {
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            List<Span> content = new ArrayList<>();
            for (String role : roles) {
                String[] kv = role.split(":");
                List<Span> s = spans.get(kv[1]);
                if (s == null) {
                    throw new IOException(where + ": attribution names missing span " + kv[1]);
                }
                switch (kv[0]) {
                    case "Source" -> source.addAll(s);
                    case "Cue" -> cue.addAll(s);
                    case "Content", "Content2" -> content.addAll(s);
                    default -> { }
                }
            }
            if (!cue.isEmpty() && !content.isEmpty()) {
                content.sort(java.util.Comparator.comparingInt(Span::start));
                out.add(new Triple(source, cue, content));
            }
        }
        return out;
    }

    private static int index(String text, int codePoint, Path where) throws IOException {
        try {
            return text.offsetByCodePoints(0, codePoint);
        } catch (IndexOutOfBoundsException e) {
            throw new IOException(where + ": offset " + codePoint + " beyond the text", e);
        }
    }
}
