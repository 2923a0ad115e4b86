package dev.parallax.core.cluster;

import dev.parallax.core.article.Article;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's sparse terms for story linking. Without an NER model, names are approximated
 * by runs of capitalised words: a run counts as a whole and word by word, and a sentence-initial
 * word only when the article never writes it in lower case. Years count as names, since two
 * events of one kind are told apart by who, where and when. The names of the title and the first
 * {@value #LEAD_WORDS} words of the text are also kept apart: the lead states the event, while later
 * paragraphs recall background that two events of one kind share. Pure and thread-safe.
 */
public final class TermExtractor {
    /** Words of the text, after the title, whose names count as the lead's (about two news sentences). */
    static final int LEAD_WORDS = 50;
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’&-]*|\\p{N}[\\p{N}.,:]*\\p{N}|\\p{N}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n:;]");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Set<String> STOP = Set.of(("a about above after again against all also am an and any are "
            + "as at be because been before being below between both but by can could did do does doing down during "
            + "each few for from further had has have having he her here hers herself him himself his how i if in "
            + "into is it its itself just me more most my no nor not now of off on once only or other our ours out "
            + "over own said same says say she should so some such than that the their theirs them then there these "
            + "they this those through to too under until up very was we were what when where which while who whom "
            + "why will with would you your yours mr mrs ms one two new like get got told according many much may "
            + "might must shall still well even back since around however another").split(" "));

    /** The terms of the article's title and text, and its publication day when it has one. */
    public ArticleTerms extract(Article article) {
        boolean titled = article.title() != null && !article.title().isBlank();
        String text = titled ? article.title() + "\n" + article.text() : article.text();
        List<Token> tokens = tokens(text);
        int leadEnd = (titled ? tokens(article.title()).size() : 0) + LEAD_WORDS;
        Set<String> lowerForms = new HashSet<>();
        tokens.stream().filter(t -> !t.capitalised()).forEach(t -> lowerForms.add(t.lower()));
        Map<String, Double> entities = new HashMap<>();
        Map<String, Double> keywords = new HashMap<>();
        Map<String, Double> lead = new HashMap<>();
        List<String> run = new ArrayList<>();
        Map<String, Double> runLead = lead;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Map<String, Double> leadOrNull = i < leadEnd ? lead : null;
            if (t.sentenceStart()) {
                flush(run, entities, runLead);
            }
            if (run.isEmpty()) {
                runLead = leadOrNull;
            }
            boolean name = t.capitalised() && !(t.sentenceStart() && (lowerForms.contains(t.lower()) || STOP.contains(t.lower())));
            if (name) {
                run.add(t.lower());
            } else {
                flush(run, entities, runLead);
            }
            if (YEAR.matcher(t.text()).matches()) {
                entities.merge("@" + t.text(), 1.0, Double::sum);
                if (leadOrNull != null) {
                    lead.merge("@" + t.text(), 1.0, Double::sum);
                }
            }
            if (!STOP.contains(t.lower()) && (t.text().length() > 2 || Character.isDigit(t.text().charAt(0)))) {
                keywords.merge(t.lower(), 1.0, Double::sum);
            }
        }
        flush(run, entities, runLead);
        return new ArticleTerms(sublinear(entities), sublinear(lead), sublinear(keywords), epochDay(article.published()));
    }

    /** Counts the run of capitalised words as names, also in {@code lead} when that is not null, and empties it. */
    private static void flush(List<String> run, Map<String, Double> entities, Map<String, Double> lead) {
        List<String> names = new ArrayList<>();
        if (run.size() > 1) {
            names.add(String.join(" ", run));
        }
        for (String w : run) {
            if (!STOP.contains(w)) {
                names.add(w);
            }
        }
        for (String n : names) {
            entities.merge(n, 1.0, Double::sum);
            if (lead != null) {
                lead.merge(n, 1.0, Double::sum);
            }
        }
        run.clear();
    }

    private static Map<String, Double> sublinear(Map<String, Double> counts) {
        Map<String, Double> out = new HashMap<>();
        counts.forEach((k, v) -> out.put(k, 1 + Math.log(v)));
        return out;
    }

    static Long epochDay(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10)).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A word of the text; sentence-initial when only spaces, quotes or brackets follow a sentence end or line break. */
    record Token(String text, boolean sentenceStart) {
        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int last = 0;
        boolean start = true;
        while (m.find()) {
            String gap = text.substring(last, m.start());
            start = start || SENTENCE_END.matcher(gap).find();
            out.add(new Token(m.group(), start));
            start = false;
            last = m.end();
        }
        return out;
    }
}
