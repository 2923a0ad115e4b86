package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.attribution.CueLexicon.CueClass;
import java.util.List;
import java.util.Set;

/**
 * The cue side of a unit's attributions: whether a word is a cue of the lexicon in its place (a
 * verb, not a noun: "two reports", "his claims"; a base form only after a plural subject), and the
 * forms of a learned cue that change how it is read: a passive without an agent, a participle
 * hanging on a clause. Takes nothing. Not thread-safe: one per unit.
 */
final class CueForms {
    private static final Set<String> NOT_BEFORE_A_VERB = Set.of("the", "a", "an", "his", "her", "their", "its",
            "our", "my", "your", "this", "these", "those", "of", "to", "in", "on", "for", "with", "by", "from",
            "at", "new", "many", "some", "any", "no", "every", "each", "such", "first", "own", "that", "which",
            "whose", "whom", "both", "all", "several", "few", "key", "swing", "battleground", "member", "more", "less", "most", "another", "other", "public", "verbal", "written");
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "dozen", "dozens", "hundreds", "thousands", "millions");
    private static final Set<String> BASE_FORM_SUBJECTS = Set.of("i", "we", "you", "they", "who");
    /** Words that end a plural subject without an -s: "64 percent say", "a majority of them say". */
    private static final Set<String> GROUP_SUBJECTS = Set.of("percent", "majority", "half", "third", "quarter",
            "most", "many", "some", "others", "both", "all", "few", "people", "them", "us", "men", "women", "children");
    private static final Set<String> PARTICIPLE_OPENERS = Set.of(",", "before", "after", "while", "when", "in", "by",
            "without", "—", "–");

    private static final Set<String> EXPLETIVES = Set.of("it", "there");

    private final UnitTokens u;
    private final List<Token> t;
    private final boolean[] inQuote;
    private final boolean[] taken;
    private final CueLexicon lexicon = CueLexicon.standard();

    CueForms(UnitTokens u) {
        this.u = u;
        this.t = u.t;
        this.inQuote = u.inQuote;
        this.taken = u.taken;
    }

    /** Whether the cue at {@code a} is a participle hanging on a clause before it: "X did Y, saying C", "before adding C". */
    boolean hangingParticiple(int a) {
        Token w = t.get(a);
        return a > 0 && !w.isCapitalised() && w.lower().endsWith("ing") && w.lower().length() > 5
                && t.get(a - 1).isAny(PARTICIPLE_OPENERS) && !inQuote[a - 1];
    }

    /**
     * Whether the learned cue {@code [a, b]} is a passive with no agent ("Clinton is expected to win",
     * "the plan was widely seen as C"): a form of "be" then a participle, and no "by" after the cue.
     * PolNeAR gives such an attribution no source; the subject is what is spoken of, not who speaks.
     */
    boolean passive(int a, int b) {
        int be = a;
        if (!t.get(be).isAny(UnitTokens.BE) && !(be > 0 && t.get(be - 1).isAny(UnitTokens.BE) && !taken[be - 1])) {
            return false;
        }
        boolean participle = false;
        for (int i = be; i <= b; i++) {
            String w = t.get(i).lower();
            participle |= !t.get(i).isAny(UnitTokens.BE) && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn"));
        }
        return participle && !(b + 1 < t.size() && t.get(b + 1).is("by"));
    }

    /**
     * What follows a participle that names a state of its subject: "are concerned that C", "is worried about C".
     * Not "to": "was excited to C" is such a state too, but "is expected to C", "was asked to C" are passives, and
     * with "to" the held-out fifth of PolNeAR train lost triple F1.
     */
    private static final Set<String> STATE_COMPLEMENTS = Set.of("that", "about");

    /**
     * Whether the participle at {@code k}, after a form of "be", names a state of the subject rather
     * than a passive: an -ed/-en form followed by "that" or "about" and not by "by", not a verb of saying ("was told that" is
     * said to the subject) and not after an expletive ("it was reported that"). Its subject is the source.
     */
    boolean stateParticiple(int k) {
        String w = t.get(k).lower();
        if (!(w.endsWith("ed") || w.endsWith("en")) || k + 1 >= t.size() || !t.get(k + 1).isAny(STATE_COMPLEMENTS)
                || inQuote[k + 1] || lexicon.classOf(w).orElse(null) == CueClass.SPEECH) {
            return false;
        }
        int s = k - 1;
        while (s >= 0 && (t.get(s).isAny(UnitTokens.BE) || t.get(s).isAny(UnitTokens.AUXILIARIES) || t.get(s).lower().endsWith("ly"))) {
            s--;
        }
        return s >= 0 && s < k - 1 && !t.get(s).isAny(EXPLETIVES);
    }

    private static final java.util.Set<String> KNOWN_AS_ADJECTIVE = java.util.Set.of("best", "well", "better", "widely",
            "little", "lesser", "commonly", "also", "most", "locally", "internationally");

    /** "The rapper best known for his work", "known as Prodigy": a name's fame, not a thought reported. */
    static boolean fame(List<Token> t, int k) {
        if (t.get(k).isAny(KNOWN_AS_ADJECTIVE) && k + 1 < t.size() && t.get(k + 1).lower().equals("known")) {
            return true; // the "best" of "best known"
        }
        return t.get(k).lower().equals("known") && (k > 0 && t.get(k - 1).isAny(KNOWN_AS_ADJECTIVE)
                || k + 1 < t.size() && t.get(k + 1).isAny(java.util.Set.of("as", "for")));
    }

    CueClass cueClass(int k) {
        return u.free(k) ? lexiconClass(k) : null;
    }

    /** The lexicon's class of the cue word at {@code k} in its place (a verb, not a noun), taken or not; null for none. */
    CueClass lexiconClass(int k) {
        Token w = t.get(k);
        if (inQuote[k] || w.isCapitalised() || !w.isWord()) {
            return null;
        }
        CueClass c = lexicon.classOf(w.lower()).orElse(null);
        if (c == null || k == 0) {
            return c == CueClass.SPEECH && k == 0 ? null : c;
        }
        Token p = t.get(k - 1);
        if (p.isAny(NOT_BEFORE_A_VERB) || p.lower().endsWith("'s") && !UnitTokens.BE.contains(p.lower())) {
            return null;
        }
        if (fame(t, k)) {
            return null;
        }
        // "in all five states", "two reports": a number before an -s form makes it a plural noun.
        if ((p.isAny(NUMBER_WORDS) || Character.isDigit(p.text().charAt(0))) && w.lower().endsWith("s")) {
            return null;
        }
        boolean baseForm = lexicon.lemmaOf(w.lower()).map(w.lower()::equals).orElse(false);
        if (baseForm && !(p.isAny(BASE_FORM_SUBJECTS) || p.isAny(UnitTokens.AUXILIARIES) || plural(p) || p.isAny(GROUP_SUBJECTS)
                || Character.isDigit(p.text().charAt(0)) || p.isCapitalised() && conjoinedSubject(k - 1))) {
            return null;
        }
        return c;
    }

    /** "Bush and Christie say": a name that ends subjects joined by "and" takes the base form. */
    private boolean conjoinedSubject(int last) {
        for (int i = last - 1; i >= 0 && last - i < 6 && (t.get(i).isCapitalised() || t.get(i).is("and") || t.get(i).is(".")); i--) {
            if (t.get(i).is("and")) {
                return true;
            }
        }
        return false;
    }

    private static boolean plural(Token p) {
        return p.isWord() && p.lower().endsWith("s") && !p.lower().endsWith("ss") && !p.lower().endsWith("'s");
    }
}
