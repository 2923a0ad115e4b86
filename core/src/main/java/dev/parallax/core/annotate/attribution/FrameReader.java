package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The attribution frames of a unit that have no verb of saying or thinking with a subject before
 * it, read after {@link UnitReader} on the tokens it left free (PolNeAR's guidelines annotate all
 * of them):
 * <ul>
 *   <li>a headline or a line that is a name, a colon and a statement: "Graham: Trump Can't Win";</li>
 *   <li>a question put to someone, with no source: "Asked whether C, …", "When asked about C, …";</li>
 *   <li>a poll or survey as the source: "In a CBS News poll last month, C";</li>
 *   <li>raising verbs, whose content is their subject and their complement, with no source:
 *       "the sale is expected to C", "Trump's supporters seemed unperturbed", "it appears that C".</li>
 * </ul>
 * Not thread-safe: one per unit.
 */
final class FrameReader {
    private static final Set<String> RAISING = Set.of("seem", "seems", "seemed", "appear", "appears", "appeared");
    private static final Set<String> EXPECTED = Set.of("expected", "likely", "poised", "set", "slated", "projected");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "'s");
    private static final Set<String> POLL_WORDS = Set.of("poll", "polls", "survey", "surveys", "study", "report",
            "analysis", "census", "interview", "statement", "letter", "memo", "tweet", "post", "speech", "op-ed");
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "about", "what", "who", "why", "how",
            "when", "where", "which");

    private final String text;
    private final List<Token> t;
    private final boolean[] inQuote;
    private final boolean[] taken;
    private final List<Attribution> found = new ArrayList<>();

    FrameReader(String text, List<Token> tokens, boolean[] inQuote, boolean[] taken) {
        this.text = text;
        this.t = tokens;
        this.inQuote = inQuote;
        this.taken = taken;
    }

    List<Attribution> read(boolean lineStart) {
        if (lineStart) {
            headline();
        }
        for (int k = 0; k < t.size(); k++) {
            if (!free(k)) {
                continue;
            }
            if (t.get(k).lower().equals("asked") && (k == 0 || t.get(k - 1).is("when") && k == 1)) {
                asked(k == 1 ? 0 : k, k);
            } else if (t.get(k).is("in") && k == 0) {
                poll(k);
            } else if (RAISING.contains(t.get(k).lower())) {
                raising(k, k);
            } else if (EXPECTED.contains(t.get(k).lower()) && k > 0 && t.get(k - 1).isAny(BE) && free(k - 1)
                    && k + 1 < t.size() && t.get(k + 1).is("to")) {
                raising(k - 1, k);
            }
        }
        return found;
    }

    private boolean free(int i) {
        return !inQuote[i] && !taken[i];
    }

    /** "Graham: Trump's Rhetoric Destroying GOP's Chance": one to four capitalised words, a colon, a statement. */
    private void headline() {
        int colon = -1;
        for (int i = 0; i < t.size() && i <= 4; i++) {
            if (t.get(i).is(":")) {
                colon = i;
                break;
            }
            if (!(t.get(i).isCapitalised() || t.get(i).is("."))) {
                return;
            }
        }
        if (colon <= 0) {
            return;
        }
        int end = lastWord(t.size() - 1, colon + 1);
        if (end < 0 || words(colon + 1, end) < 3 || !freeRange(0, end)) {
            return;
        }
        emit(List.of(range(colon + 1, end)), colon, colon, 0, colon - 1);
    }

    /** "Asked whether C, X said no": the question is the content; the one asked answers in the rest. */
    private void asked(int cueStart, int cue) {
        int c = cue + 1;
        while (c < t.size() && !t.get(c).isAny(QUESTION_WORDS) && c - cue < 6 && !t.get(c).is(",")) {
            c++;
        }
        if (c >= t.size() || !t.get(c).isAny(QUESTION_WORDS)) {
            return;
        }
        int end = c;
        while (end + 1 < t.size() && !(t.get(end + 1).is(",") && !inQuote[end + 1]) && !taken[end + 1]) {
            end++;
        }
        end = lastWord(end, c);
        if (end < 0 || words(c, end) < 2) {
            return;
        }
        emit(List.of(range(c, end)), cueStart, cue, -1, -1);
    }

    /** "In a CBS News poll released Monday, C": the poll is the source of the clause after the comma. */
    private void poll(int in) {
        int comma = in + 1;
        boolean pollWord = false;
        while (comma < t.size() && !t.get(comma).is(",") && comma - in < 15) {
            pollWord |= t.get(comma).isAny(POLL_WORDS);
            comma++;
        }
        if (!pollWord || comma >= t.size() || !freeRange(in, comma)) {
            return;
        }
        int end = lastWord(t.size() - 1, comma + 1);
        if (end < 0 || words(comma + 1, end) < 3 || !freeRange(comma + 1, end)) {
            return;
        }
        emit(List.of(range(comma + 1, end)), in, in, in + 1, comma - 1);
    }

    /** "The sale is expected to C", "the politician seemed to be shrinking": subject and complement, no source. */
    private void raising(int cueStart, int cue) {
        int c = cue + 1;
        if (c < t.size() && t.get(c).is("that")) {
            c++;                                      // "it appears that C": the clause alone
            int end = clauseEnd(c);
            if (end >= c && words(c, end) >= 2) {
                emit(List.of(range(c, end)), cueStart, cue, -1, -1);
            }
            return;
        }
        int subjEnd = cueStart - 1;
        while (subjEnd >= 0 && t.get(subjEnd).isAny(Set.of("also", "now", "still", "not", "would", "will", "may", "might")) && free(subjEnd)) {
            subjEnd--;
        }
        int subj = subjEnd >= 0 && free(subjEnd) ? SourcePhrases.startBackward(t, subjEnd, 0) : -1;
        int end = clauseEnd(c);
        if (subj < 0 || end < c || words(c, end) < 1 || !freeRange(subj, subjEnd) || t.get(subj).is("it") && !t.get(c).is("to")) {
            return;
        }
        List<Span> content = new ArrayList<>();
        content.add(range(subj, subjEnd));
        content.add(range(c, end));
        emit(content, cueStart, cue, -1, -1);
    }

    /** The last word of the clause that starts at {@code from}: before a comma that is followed by a conjunction, or the unit's end. */
    private int clauseEnd(int from) {
        if (from >= t.size()) {
            return -1; // the cue ends the unit: "… or so it seems"
        }
        int e = from;
        while (e + 1 < t.size() && !taken[e + 1] && !(t.get(e + 1).is(",") && e + 2 < t.size()
                && t.get(e + 2).isAny(Set.of("but", "and", "while", "although", "though", "which", "who")))
                && !t.get(e + 1).is(";")) {
            e++;
        }
        return lastWord(e, from);
    }

    private int lastWord(int from, int floor) {
        int e = from;
        while (e >= floor && !t.get(e).isWord() && !(inQuote[e] && (e + 1 >= t.size() || !inQuote[e + 1]))) {
            e--;
        }
        return e >= floor ? e : -1;
    }

    private boolean freeRange(int a, int b) {
        return UnitTokens.freeRange(taken, a, b);
    }

    private int words(int a, int b) {
        return Token.words(t, a, b);
    }

    private Span range(int a, int b) {
        return Token.range(t, a, b);
    }

    private void emit(List<Span> content, int cueStart, int cueEnd, int srcStart, int srcEnd) {
        Span source = null;
        String name = null;
        if (srcStart >= 0 && srcEnd >= srcStart) {
            source = range(srcStart, srcEnd);
            name = SourcePhrases.clean(text, t.subList(srcStart, srcEnd + 1));
        }
        for (int i = 0; i < t.size(); i++) {
            Token w = t.get(i);
            boolean inContent = content.stream().anyMatch(s -> s.start() <= w.start() && w.end() <= s.end());
            if (inContent || i >= cueStart && i <= cueEnd || srcStart >= 0 && i >= srcStart && i <= srcEnd) {
                taken[i] = true;
            }
        }
        found.add(new Attribution(UnitTokens.kindOf(t, inQuote, content), content, range(cueStart, cueEnd), source, name, null, List.of()));
    }
}
