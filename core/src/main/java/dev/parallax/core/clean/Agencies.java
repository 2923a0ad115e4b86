package dev.parallax.core.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of the world's news agencies ({@code agencies.tsv}) and the ways a text credits one:
 * "(Reuters)", "(AP) —", "By AFP", "By IANS | Updated …", "— dpa", "Agency: EFE", "Source: ANI".
 * Names match as whole words; abbreviations case-sensitively. Immutable and thread-safe.
 */
public final class Agencies {
    private static final Agencies DEFAULT = load();

    /** alias → canonical name, longest alias first so "Xinhua News Agency" wins over "Xinhua". */
    private final Map<String, String> canonicalByAlias;
    private final Pattern credit;

    private Agencies(Map<String, String> canonicalByAlias) {
        this.canonicalByAlias = canonicalByAlias;
        String names = String.join("|", canonicalByAlias.keySet().stream().map(Pattern::quote).toList());
        this.credit = Pattern.compile(
                "\\((" + names + ")\\)\\s*(?=[:—–-]|$)"                           // (Reuters) – …, … (AP)
                        + "|^\\s*(?:By|BY|Source:|Agency:|Courtesy:?)\\s+(" + names + ")\\b(?![\\w-])" // By AFP …
                        + "|[—–-]\\s*(" + names + ")\\s*$"                              // … — dpa
                        + "|\\b(?:according to|reported by|told)\\s+(?:the\\s+)?(" + names + ")\\b(?![\\w-])", // not a credit
                Pattern.MULTILINE);
    }

    public static Agencies standard() {
        return DEFAULT;
    }

    /** The canonical name for a name or abbreviation in the table. */
    public Optional<String> canonical(String alias) {
        return Optional.ofNullable(canonicalByAlias.get(alias.strip()));
    }

    /**
     * The agency the given lines credit for the copy: the first credit in them. Mentions of an
     * agency as a source ("according to Reuters") are not credits and are passed over.
     */
    public Optional<String> creditIn(String text) {
        Matcher m = credit.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    return canonical(m.group(g));
                }
            }
        }
        return Optional.empty();
    }

    private static Agencies load() {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = Agencies.class.getResourceAsStream("agencies.tsv")) {
            if (in == null) {
                throw new IllegalStateException("agencies.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            rows.stream().flatMap(row -> java.util.Arrays.stream(row).map(a -> Map.entry(a.strip(), row[0].strip())))
                    .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()))
                    .forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Agencies(map);
    }
}
