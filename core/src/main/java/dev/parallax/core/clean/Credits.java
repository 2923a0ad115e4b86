package dev.parallax.core.clean;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who wrote and who supplied an article, and where it was filed, from the text around and
 * at the start of its body: the wire agency credited ("(Reuters)", "By AFP | Updated …"), a
 * person's byline ("By Jane Doe"), and the dateline that opens the first paragraph
 * ("NAIROBI:", "Paris, June 3 (Reuters) –", "Seoul [South Korea], April 27 (ANI):").
 */
public final class Credits {
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]+";
    /** A byline on its own line: its name never runs on into the next line ("By Kase Wickman" + "Sunday, July 31, …"). */
    private static final Pattern BYLINE = Pattern.compile(
            "^\\h*(?:By|BY|Written by|Reporting by)\\h+(" + NAME + "(?:\\h+" + NAME + "){1,3}"
                    + "(?:\\h*(?:,|and|&)\\h*" + NAME + "(?:\\h+" + NAME + "){1,3})*)\\h*(?:[|,;]|$)",
            Pattern.MULTILINE);
    private static final String PLACE = "(\\p{Lu}[\\p{L}'.’-]*(?:[ -]\\p{Lu}[\\p{L}'.’-]*){0,3})";
    /** The state, province or country after the city: "KATHMANDU, Nepal (AP) —", "MONTPELIER, Vt. (AP) —". */
    private static final String REGION = "(\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2})";
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*" + PLACE + "(?:\\s*\\[([^\\]]{2,40})\\])?"
                    + "(?:(,\\s*(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,9})(?:,?\\s+\\d{4})?)"
                    + "\\s*(?:\\([^)]{1,40}\\))?\\s*(?:(?:--|[:—–-])\\s+|(?=\\p{Lu}))"
                    + "|(?:,\\s*" + REGION + ")?\\s*(?:\\([^)]{1,40}\\))?\\s*(?::|\\s(?:--|[—–-]))\\s+"
                    // an agency's credit run into the first word: "Hong Kong (CNN Business)A muddled view …"
                    + "|\\s*\\((?<glued>\\p{Lu}[^)]{1,38})\\)(?=\\p{Lu})"
                    // a city in capitals and its dash run into the first word: "WASHINGTON—The chairman …"
                    + "|(?<dash>--|[—–])(?=\\p{Lu}\\p{Ll}))");

    private static final int MAX_DATELINE = 80;
    /**
     * A city in capitals whose dash the scrape lost, before an article's first word ("WASHINGTON The
     * Senate passed …", "DUBAI A Bahraini court …"), or two cities joined by a slash before any word
     * ("SINGAPORE/BEIJING Flamboyant former …"); a capitalised acronym never stands before "The" or
     * "A" in a sentence ("NASA Administrator …" is no dateline).
     */
    private static final Pattern BARE_DATELINE = Pattern.compile(
            "^\\h*(\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,}){0,2})\\h+(?=(?:The|A|An)\\h+\\p{L})"
                    + "|^\\h*(\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,}){0,2}(?:/\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,}){0,2})+)\\h+(?=\\p{Lu}\\p{Ll})");

    private final Agencies agencies;

    public Credits(Agencies agencies) {
        this.agencies = agencies;
    }

    /** What the credits say; null where they say nothing. */
    public record Read(String agency, String byline, String dateline) {}

    /**
     * @param raw the document's text as scraped (for credit and byline lines the cleaner drops)
     * @param body the cleaned body (for the agency credit in the body and the dateline)
     */
    public Read read(String raw, String body) {
        String head = firstLines(raw, 15);
        String tail = lastLines(raw, 8);
        String firstParagraph = body.lines().findFirst().orElse("");
        String agency = agencies.creditIn(head).or(() -> agencies.creditIn(firstParagraph))
                .or(() -> agencies.creditIn(tail)).orElse(null);
        return new Read(agency, byline(head).orElse(null), dateline(firstParagraph).orElse(null));
    }

    Optional<String> byline(String head) {
        Matcher m = BYLINE.matcher(head);
        while (m.find()) {
            String name = m.group(1).strip();
            if (agencies.canonical(name).isEmpty() && !name.toLowerCase(Locale.ROOT).contains("staff")) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    static Optional<String> dateline(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find() || m.end() > MAX_DATELINE || !plausible(m)) {
            Matcher bare = BARE_DATELINE.matcher(paragraph);
            return bare.find() ? Optional.of(titleCase(bare.group(1) != null ? bare.group(1) : bare.group(2))) : Optional.empty();
        }
        String place = titleCase(m.group(1).strip());
        String region = m.group(2) != null ? m.group(2) : m.group(4);
        return Optional.of(region == null ? place : place + ", " + region.strip());
    }

    /**
     * How many leading characters of a paragraph (or of its first sentence) are its dateline and
     * the punctuation after it ("New Delhi: ", "Paris, June 3 (Reuters) – "); 0 when it opens
     * with none.
     */
    public static int datelineLength(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (m.find() && m.end() <= MAX_DATELINE && m.end() < paragraph.length() && plausible(m)
                && !opensInLowerCase(paragraph, m.end())) {
            return m.end();
        }
        Matcher bare = BARE_DATELINE.matcher(paragraph);
        return bare.find() ? bare.end() : 0;
    }

    /**
     * A credit run into the first word is a dateline's only when it names an agency, has words of
     * its own or follows a city in capitals; so is a dash run into it ("WASHINGTON—The …", not
     * "Coca-Cola—The …"). A city with a region after it is a dateline only when the city is written in capitals
     * ("OSAN AIR BASE, South Korea --") or an agency's credit follows ("Kathmandu, Nepal (AP) —"):
     * "However, Microsoft — which owns …" and "In Washington, Republicans — …" are sentences.
     */
    private static boolean plausible(Matcher m) {
        if (m.group(1).strip().equalsIgnoreCase("file")) {
            return false; // AP's "FILE - In this May 24, 2016, file photo, …" marks a caption, not a place
        }
        String glued = m.group("glued");
        if (glued != null) {
            // "Hong Kong (CNN Business)A …", "WASHINGTON (CNN)The …"; not "Apple (AAPL)Shares …"
            return Agencies.standard().canonical(glued).isPresent() || glued.strip().contains(" ")
                    || isCapitals(m.group(1));
        }
        if (m.group("dash") != null) {
            return isCapitals(m.group(1));
        }
        if (m.group(4) == null) {
            return true;
        }
        return isCapitals(m.group(1)) || m.group().indexOf('(') >= 0;
    }

    /**
     * Whether what follows a would-be dateline opens in lower case: "Nik Richie — owner of the
     * website — connected …" is a name and an apposition, not a place and its story.
     */
    private static boolean opensInLowerCase(String paragraph, int at) {
        int i = at;
        while (i < paragraph.length() && !Character.isLetterOrDigit(paragraph.charAt(i))) {
            i++;
        }
        return i < paragraph.length() && Character.isLowerCase(paragraph.charAt(i));
    }

    private static boolean isCapitals(String city) {
        return city.equals(city.toUpperCase(Locale.ROOT)) && city.chars().anyMatch(Character::isLetter);
    }

    /**
     * Like {@link #datelineLength}, but only for a dateline that carries a date or an agency credit
     * ("Seoul, April 27 ", "Paris (Reuters) – "): 0 for a bare "Name: " that may open a quotation
     * or a headline's speaker.
     */
    public static int datedDatelineLength(String paragraph) {
        int d = datelineLength(paragraph);
        for (int i = 0; i < d; i++) {
            char c = paragraph.charAt(i);
            if (Character.isDigit(c) || c == '(') {
                return d;
            }
        }
        return 0;
    }

    private static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }

    private static String firstLines(String raw, int n) {
        return String.join("\n", raw.lines().filter(l -> !l.isBlank()).limit(n).toList());
    }

    private static String lastLines(String raw, int n) {
        var lines = raw.lines().filter(l -> !l.isBlank()).toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }
}
