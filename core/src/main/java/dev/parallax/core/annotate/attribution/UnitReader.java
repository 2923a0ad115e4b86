package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.attribution.CueLexicon.CueClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the attributions of one unit — a sentence, or the sentences a quotation spans — by
 * trying, for every cue, the constructions news English uses: "C, said X", "C, X said",
 * "X said (that) C", "according to X, C" and "C, according to X". Verbs of saying are read
 * first, then "according to", then verbs of thinking; a cue inside what an earlier attribution
 * already took is not read again (PolNeAR annotates the outer attribution only). Not thread-safe:
 * one per unit.
 */
final class UnitReader {
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "did", "does",
            "do", "could", "should", "may", "might", "must", "can", "also", "later", "again", "previously",
            "repeatedly", "publicly", "privately", "reportedly", "once", "recently", "never", "often", "not",
            "n't", "already", "still", "even", "just", "first", "then", "further", "earlier", "initially",
            "frequently", "falsely", "correctly", "wrongly", "openly", "flatly", "explicitly", "quickly",
            "simply", "clearly", "only", "allegedly", "apparently", "actually", "certainly", "doesn't",
            "don't", "didn't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "can't", "couldn't");
    private static final Set<String> NOT_BEFORE_A_VERB = Set.of("the", "a", "an", "his", "her", "their", "its",
            "our", "my", "your", "this", "these", "those", "of", "to", "in", "on", "for", "with", "by", "from",
            "at", "new", "many", "some", "any", "no", "every", "each", "such", "first", "own", "that", "which",
            "whose", "whom", "both", "all", "several", "few", "key", "swing", "battleground", "member", "more", "less", "most", "another", "other", "public", "verbal", "written");
    private static final Set<String> NOT_A_SUBJECT = Set.of("this", "that", "these", "those", "there", "it", "but",
            "and", "so", "meanwhile", "however", "then", "still", "yet", "also", "in", "on", "at", "after", "before",
            "when", "while", "as", "if", "for", "with", "by", "from", "during");
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "dozen", "dozens", "hundreds", "thousands", "millions");
    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being", "'s");
    private static final Set<String> BASE_FORM_SUBJECTS = Set.of("i", "we", "you", "they", "who");
    /** Words that end a plural subject without an -s: "64 percent say", "a majority of them say". */
    private static final Set<String> GROUP_SUBJECTS = Set.of("percent", "majority", "half", "third", "quarter",
            "most", "many", "some", "others", "both", "all", "few", "people", "them", "us", "men", "women", "children");
    private static final Set<String> OBJECT_TAKING = Set.of("tell", "ask", "assure", "warn", "urge", "advise",
            "remind", "inform", "caution", "promise");
    private static final Set<String> CUE_PREPOSITIONS = Set.of("about", "for", "to", "on", "against", "of", "out");
    private static final Set<String> RELAY_WORDS = Set.of("according", "citing", "as", "via", "quoted", "carried");
    private static final Set<String> ADJUNCT_STARTS = Set.of("in", "on", "at", "to", "during", "after", "before",
            "as", "according", "via", "last", "this", "earlier", "late", "when", "while", "through", "from",
            "with", "outside", "inside", "told", "yesterday", "today", "tuesday", "monday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "recently", "again", "afterward", "afterwards", "later", "of");

    private final String text;
    private final Span unit;
    private final List<Token> t;
    private final boolean[] inQuote;
    private final boolean[] taken;
    private final List<Span> quotes;
    private final CueLexicon lexicon = CueLexicon.standard();
    private final List<Attribution> found = new ArrayList<>();

    private final CueTagger tagger;
    /** The learned source picker's probability below which a learned cue gets no source. */
    private static final double MIN_SOURCE_PROBABILITY = 0.3;

    UnitReader(String text, Span unit, List<Span> quotes) {
        this(text, unit, quotes, null);
    }

    /** With a learned cue detector for the words the lexicon does not know, or null for the rules alone. */
    UnitReader(String text, Span unit, List<Span> quotes, CueTagger tagger) {
        this.tagger = tagger;
        this.text = text;
        this.unit = unit;
        this.quotes = quotes;
        this.t = Token.of(text, unit.start(), unit.end());
        this.inQuote = new boolean[t.size()];
        this.taken = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            inQuote[i] = insideQuote(t.get(i));
        }
    }

    List<Attribution> read() {
        for (int k = 0; k < t.size(); k++) {
            if (cueClass(k) == CueClass.SPEECH) {
                tryCue(k, CueClass.SPEECH);
            }
        }
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).is("according") && t.get(k + 1).is("to") && free(k) && free(k + 1)) {
                tryAccordingTo(k);
            }
        }
        for (int k = 0; k < t.size(); k++) {
            if (cueClass(k) == CueClass.THOUGHT) {
                tryCue(k, CueClass.THOUGHT);
            }
        }
        boolean lineStart = unit.start() == 0 || text.charAt(unit.start() - 1) == '\n';
        found.addAll(new FrameReader(text, t, inQuote, taken).read(lineStart));
        if (tagger != null) {
            learned();
        }
        unnest();
        found.sort(java.util.Comparator.comparingInt(a -> a.cue().start()));
        return found;
    }

    /**
     * Cues the rules did not find, from the learned detector: each run of free words it takes for
     * a cue, most probable first, read by the rules' constructions as a source-first cue; where
     * none fits, the source is the noun phrase before the cue and the content the clause after it
     * (or, for "C, X cue", before it).
     */
    private void learned() {
        double[] p = new double[t.size()];
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            if (free(k) && t.get(k).isWord()) {
                p[k] = tagger.probability(t, inQuote, k);
                if (p[k] >= tagger.threshold()) {
                    order.add(k);
                }
            }
        }
        order.sort((a, b) -> Double.compare(p[b], p[a]));
        for (int k : order) {
            if (!free(k)) {
                continue;
            }
            int before = found.size();
            // A form of "be" is no verb of saying: "the plan was widely seen as C" is read as a run, passive and all.
            if (!t.get(k).isAny(BE)) {
                tryCue(k, CueClass.THOUGHT);
            }
            if (found.size() > before) {
                continue;
            }
            int a = k;
            int b = k;
            while (a - 1 >= 0 && free(a - 1) && t.get(a - 1).isWord() && !t.get(a - 1).isCapitalised()
                    && !SourcePhrases.SUBJECT_PRONOUNS.contains(t.get(a - 1).lower()) && p[a - 1] >= tagger.threshold() / 2) {
                a--;
            }
            while (b + 1 < t.size() && free(b + 1) && t.get(b + 1).isWord() && p[b + 1] >= tagger.threshold() / 2) {
                b++;
            }
            learnedFrame(a, b);
        }
    }

    /**
     * A learned cue {@code [a, b]} that no construction fits: the clause after it is the content
     * (or, for "C, X cue", the words before the source), and the source is the phrase around the
     * word before the cue that the learned source picker finds most probable, if probable enough.
     */
    private void learnedFrame(int a, int b) {
        int floor = floor(a);
        int src = a - 1 >= floor ? SourcePhrases.startBackward(t, a - 1, floor) : -1;
        if (src >= 0 && !freeRange(src, a - 1)) {
            src = -1;
        }
        int c = b + 1;
        while (c < t.size() && (t.get(c).is("that") || t.get(c).is(":") || t.get(c).is(",")) && !inQuote[c]) {
            c++;
        }
        int end = Math.min(relayLimit(c), coordinatedCue(c)) - 1;
        while (end >= c && !t.get(end).isWord() && !closesQuote(end)) {
            end--;
        }
        if (end >= c && words(c, end) >= 2 && freeRange(c, end)) {
            if (hangingParticiple(a)) {
                participleSource(a, b, c, end);
                return;
            }
            int[] source = passive(a, b) ? new int[] {-1, -1} : learnedSource(a, floor, src);
            emit(new ArrayList<>(List.of(range(c, end))), a, b, source[0], source[1]);
        } else if (src > floor && isContentEnd(src - 1)) {
            trailing(src, a, b);
        }
    }

    private static final Set<String> PARTICIPLE_OPENERS = Set.of(",", "before", "after", "while", "when", "in", "by",
            "without", "—", "–");

    /** Whether the cue at {@code a} is a participle hanging on a clause before it: "X did Y, saying C", "before adding C". */
    private boolean hangingParticiple(int a) {
        Token w = t.get(a);
        return a > 0 && !w.isCapitalised() && w.lower().endsWith("ing") && w.lower().length() > 5
                && t.get(a - 1).isAny(PARTICIPLE_OPENERS) && !inQuote[a - 1];
    }

    /**
     * A learned participle cue {@code [a, b]} with content {@code [c, end]}: its source is the source of
     * the attribution before it in this unit, else the subject of the clause it hangs on
     * ({@link #clauseSubject}), else none.
     */
    private void participleSource(int a, int b, int c, int end) {
        Attribution before = found.stream().filter(x -> x.cue().start() < t.get(a).start())
                .reduce((x, y) -> y).orElse(null);
        if (before != null && before.source() != null) {
            for (int i = a; i <= b; i++) {
                taken[i] = true;
            }
            markSpan(range(c, end));
            List<Span> content = List.of(range(c, end));
            found.add(new Attribution(kindOf(content), content, range(a, b), before.source(), before.sourceName(), null, List.of()));
            return;
        }
        int[] subject = clauseSubject(a);
        emit(new ArrayList<>(List.of(range(c, end))), a, b, subject == null ? -1 : subject[0], subject == null ? -1 : subject[1]);
    }

    /**
     * The subject of the clause before token {@code p}, {start, end} inclusive, or null: of the
     * stretches between commas before {@code p}, the nearest that opens with a name, a pronoun or a
     * determined noun phrase followed by a verb ("Trump hewed more to …, noting"), or one followed
     * by an apposition ("Morton Blackwell, founder of …, endorsed Cruz, saying").
     */
    private int[] clauseSubject(int p) {
        int segEnd = p;
        while (segEnd > 0) {
            int s = segEnd - 1;
            while (s > 0 && !t.get(s - 1).is(",") && !t.get(s - 1).is(";") && !taken[s - 1]) {
                s--;
            }
            int[] np = leadingNounPhrase(s, segEnd);
            if (np != null) {
                Token next = t.get(np[1] + 1);
                boolean verbFollows = next.isWord() && !next.isCapitalised() && !next.isAny(SourcePhrases.CLAUSE_WORDS)
                        || next.isAny(AUXILIARIES) || next.isAny(BE);
                if (verbFollows || next.is(",") && (s == 0 || taken[s - 1] || t.get(s - 1).is(";"))) {
                    return np;
                }
            }
            if (s == 0 || taken[s - 1] || t.get(s - 1).is(";")) {
                return null;
            }
            segEnd = s - 1;
        }
        return null;
    }

    /** The noun phrase that opens tokens {@code [s, limit)}: a name, a subject pronoun, or a determiner and nouns; or null. */
    private int[] leadingNounPhrase(int s, int limit) {
        while (s < limit && !t.get(s).isWord()) {
            s++;
        }
        if (s + 1 >= limit || !free(s)) {
            return null;
        }
        Token first = t.get(s);
        if (first.isAny(NOT_A_SUBJECT) || !(first.isCapitalised() || first.isAny(SourcePhrases.SUBJECT_PRONOUNS)
                || SourcePhrases.isPronounOrDeterminer(first) || Character.isDigit(first.text().charAt(0)))) {
            return null;
        }
        if (first.isAny(SourcePhrases.SUBJECT_PRONOUNS)) {
            return new int[] {s, s};
        }
        int e = s;
        boolean lowerAllowed = !first.isCapitalised() || first.lower().endsWith("'s");
        while (e + 1 < limit && e - s < 8 && free(e + 1)) {
            Token n = t.get(e + 1);
            boolean lower = n.isWord() && !n.isCapitalised();
            if (lower ? !lowerAllowed || SourcePhrases.isVerbLike(n) || n.isAny(SourcePhrases.CLAUSE_WORDS)
                    || n.lower().endsWith("ing") || n.lower().endsWith("s") && e > s && !t.get(e).isCapitalised()
                    : !SourcePhrases.continuesName(t, e + 1)) {
                break;
            }
            lowerAllowed = lower || n.lower().endsWith("'s") || SourcePhrases.isPronounOrDeterminer(n);
            e++;
        }
        return new int[] {s, e};
    }

    /**
     * Whether the learned cue {@code [a, b]} is a passive with no agent ("Clinton is expected to win",
     * "the plan was widely seen as C"): a form of "be" then a participle, and no "by" after the cue.
     * PolNeAR gives such an attribution no source; the subject is what is spoken of, not who speaks.
     */
    private boolean passive(int a, int b) {
        int be = a;
        if (!t.get(be).isAny(BE) && !(be > 0 && t.get(be - 1).isAny(BE) && !taken[be - 1])) {
            return false;
        }
        boolean participle = false;
        for (int i = be; i <= b; i++) {
            String w = t.get(i).lower();
            participle |= !t.get(i).isAny(BE) && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn"));
        }
        return participle && !(b + 1 < t.size() && t.get(b + 1).is("by"));
    }

    /**
     * The source of a learned cue at {@code a}: the subject of its clause where one stands before it
     * ({@link #subjectBefore}), else the phrase the learned picker finds most probable.
     */
    private int[] learnedSource(int a, int floor, int phraseStart) {
        int[] subject = subjectBefore(a, floor);
        return subject != null ? subject : pickedSource(a, floor, phraseStart);
    }

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "week", "month", "year", "weekend", "morning",
            "afternoon", "evening", "night", "earlier", "later", "recently", "again", "now", "once", "ago");
    private static final Set<String> TIME_OPENERS = Set.of("on", "last", "this", "earlier", "late", "early", "next", "that");

    /**
     * The subject noun phrase of the clause whose verb starts at {@code a}, {start, end} inclusive,
     * or null: walks back over auxiliaries, adverbs in -ly and time phrases ("on Sunday", "last
     * week", "earlier") to a noun phrase — an apposition set off by commas taken in ("X, the
     * minister of …, said") — that opens its clause ("A news report published Wednesday said").
     */
    private int[] subjectBefore(int a, int floor) {
        int i = a - 1;
        while (i >= floor && free(i)) {
            Token w = t.get(i);
            if (w.isAny(AUXILIARIES) || w.isAny(BE) || SourcePhrases.isMannerAdverb(w) || w.isAny(TIME_WORDS)
                    && !w.isCapitalised() || w.isAny(TIME_WORDS) && i > floor && t.get(i - 1).isAny(TIME_OPENERS)) {
                i--;
            } else if (w.isAny(TIME_OPENERS) && i + 1 < a && t.get(i + 1).isAny(TIME_WORDS)) {
                i--;
            } else {
                break;
            }
        }
        if (i < floor || !free(i) || !(t.get(i).isWord() || t.get(i).is(",") || t.get(i).is(")"))) {
            return null;
        }
        int s = SourcePhrases.startBackward(t, i, floor);
        if (s < 0 || !freeRange(s, i) || t.get(s).isAny(NOT_A_SUBJECT) || !t.get(s).isWord()) {
            return null;
        }
        if (!(s == floor || isClauseBoundary(s - 1) || isContentEnd(s - 1) || !t.get(s - 1).isWord())) {
            return null;
        }
        int e = i;
        while (e > s && !t.get(e).isWord()) {
            e--;
        }
        Token head = t.get(e);
        if (head.isAny(SourcePhrases.CLAUSE_WORDS) && !head.isAny(SourcePhrases.SUBJECT_PRONOUNS)
                || SourcePhrases.isVerbLike(head) || head.lower().endsWith("ing") && !head.isCapitalised()) {
            return null;
        }
        return new int[] {s, i};
    }

    /** The source of a learned cue at {@code a} by the learned picker: {start, end} inclusive, or {-1, -1} for none. */
    private int[] pickedSource(int a, int floor, int phraseStart) {
        int best = -1;
        double bestP = MIN_SOURCE_PROBABILITY;
        for (int j = Math.max(floor, a - CueTagger.SOURCE_WINDOW); j < a; j++) {
            if (free(j) && t.get(j).isWord()) {
                double pj = tagger.sourceProbability(t, inQuote, j, a);
                if (pj >= bestP) {
                    best = j;
                    bestP = pj;
                }
            }
        }
        if (best < 0) {
            return new int[] {-1, -1};
        }
        if (phraseStart >= 0 && phraseStart <= best) {
            return new int[] {phraseStart, a - 1};
        }
        int s = best;
        int e = best;
        while (s - 1 >= floor && free(s - 1) && t.get(s - 1).isCapitalised() && t.get(s).isCapitalised()) {
            s--;
        }
        while (e + 1 < a && free(e + 1) && t.get(e + 1).isCapitalised() && t.get(e).isCapitalised()) {
            e++;
        }
        return new int[] {s, e};
    }

    private boolean free(int i) {
        return !inQuote[i] && !taken[i];
    }

    private CueClass cueClass(int k) {
        return free(k) ? lexiconClass(k) : null;
    }

    /** The lexicon's class of the cue word at {@code k} in its place (a verb, not a noun), taken or not; null for none. */
    private CueClass lexiconClass(int k) {
        Token w = t.get(k);
        if (inQuote[k] || w.isCapitalised() || !w.isWord()) {
            return null;
        }
        CueClass c = lexicon.classOf(w.lower()).orElse(null);
        if (c == null || k == 0) {
            return c == CueClass.SPEECH && k == 0 ? null : c;
        }
        Token p = t.get(k - 1);
        if (p.isAny(NOT_BEFORE_A_VERB) || p.lower().endsWith("'s") && !BE.contains(p.lower())) {
            return null;
        }
        // "in all five states", "two reports": a number before an -s form makes it a plural noun.
        if ((p.isAny(NUMBER_WORDS) || Character.isDigit(p.text().charAt(0))) && w.lower().endsWith("s")) {
            return null;
        }
        boolean baseForm = lexicon.lemmaOf(w.lower()).map(w.lower()::equals).orElse(false);
        if (baseForm && !(p.isAny(BASE_FORM_SUBJECTS) || p.isAny(AUXILIARIES) || plural(p) || p.isAny(GROUP_SUBJECTS)
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

    private void tryCue(int k, CueClass cls) {
        int cueStart = k;
        while (cueStart - 1 >= 0 && t.get(cueStart - 1).isAny(AUXILIARIES) && free(cueStart - 1)) {
            cueStart--;
        }
        int cueEnd = k;                       // inclusive
        if (k + 3 < t.size() && t.get(k + 1).is("in") && t.get(k + 2).isAny(Set.of("a", "an"))
                && t.get(k + 3).isAny(Set.of("statement", "interview", "tweet", "post"))) {
            cueEnd = k + 3;                   // "said in a statement"
        }
        if (cueStart > 0 && t.get(cueStart - 1).is(",") && SourcePhrases.isParticipleCue(t.get(k))) {
            participle(cueStart, cueEnd);
            return;
        }
        // "Lynch is reaffirming that C", "he has been insisting C": a progressive, not a passive; the subject speaks.
        while (cueStart > 0 && t.get(k).lower().endsWith("ing") && free(cueStart - 1)
                && (t.get(cueStart - 1).isAny(BE) || t.get(cueStart - 1).isAny(AUXILIARIES))) {
            cueStart--;
        }
        boolean passive = cueStart > 0 && t.get(cueStart - 1).isAny(BE);
        if (passive) {
            tryPassive(cueStart - 1, cueEnd);
            return;
        }
        int floor = floor(cueStart);
        int src = SourcePhrases.startBackward(t, cueStart - 1, floor);
        // "Chris Cox, who runs the lobby, says C" is not "C, says X": an apposition-framed name at the clause start wins.
        // "“C,” Ramos, 58, told AFP": after a quotation too, the framed name is the source, not the object after the cue.
        boolean framedSource = src >= 0 && t.get(cueStart - 1).is(",")
                && (src == floor || isClauseBoundary(src - 1) || closesQuote(src - 1));
        if (cls == CueClass.SPEECH && !framedSource && tryInverted(cueStart, cueEnd)) {
            return;
        }
        if (src < 0 && cueStart > floor && t.get(cueStart - 1).is("who") && free(cueStart - 1)) {
            relative(cueStart - 1, cueStart, cueEnd, cls);
            return;
        }
        if (src < 0 && cueStart > floor && t.get(cueStart - 1).isAny(Set.of("and", "but")) && free(cueStart - 1)) {
            coordinated(cueStart, cueEnd, cls);
            return;
        }
        if (src < 0 && cueStart > 0 && t.get(cueStart - 1).is(",")) {
            src = beforeRelative(cueStart - 1);
            if (src >= 0) {
                leading(src, cueStart, cueEnd, cls, SourcePhrases.startBackward(t, relativeOpen(cueStart - 1) - 1, 0),
                        relativeOpen(cueStart - 1) - 1);
                return;
            }
        }
        if (src < 0 || !freeRange(src, cueStart - 1)) {
            return;
        }
        boolean nameAfterParenthesis = t.get(src).isCapitalised() && src > floor && t.get(src - 1).is(")");
        if (src > floor && !isClauseBoundary(src - 1) && !isContentEnd(src - 1) && !nameAfterParenthesis) {
            // "about half of the voters said", "Clinton on Tuesday said": the subject starts further back.
            src = subjectStart(src, floor);
            if (src < 0) {
                return;
            }
        }
        boolean contentBefore = src > floor && isContentEnd(src - 1);
        if (cls == CueClass.SPEECH && src == 0 && remainderIsAdjunct(cueEnd + 1) && dangling(src, cueStart, cueEnd)) {
            return;
        }
        boolean objectOnly = OBJECT_TAKING.contains(lexicon.lemmaOf(t.get(cueEnd).lower()).orElse("")) && remainderHasNoClause(cueEnd + 1);
        if (objectOnly && !remainderIsAdjunct(cueEnd + 1) && contentBefore && !quotedOrLong(src - 1)) {
            return;                           // "At one point, a woman asked for a photo": an adjunct, not content
        }
        if (cls == CueClass.SPEECH && contentBefore && (remainderIsAdjunct(cueEnd + 1) || objectOnly)) {
            trailing(src, cueStart, cueEnd);
        } else if (src == floor || isClauseBoundary(src - 1) || contentBefore || nameAfterParenthesis) {
            leading(src, cueStart, cueEnd, cls);
        }
    }

    /**
     * PolNeAR never nests one attribution inside another's content: in "X praised A, and Y, the
     * minister, insisted that C" the first content ends before "Y". For each content that follows
     * its cue, an attribution read inside it, or else the first lexicon cue inside it that reads as
     * "source cue content" with the source opening a clause ("," ";" "and" "but" "while" … before
     * it), cuts the content before that clause's boundary; the inner cue becomes an attribution of
     * its own. Where the inner cue reads as none, the content stays whole.
     */
    private void unnest() {
        for (int n = 0; n < found.size(); n++) {
            Attribution outer = found.get(n);
            Span last = outer.content().get(outer.content().size() - 1);
            if (last.start() < unit.start() || last.end() > unit.end() || last.start() < outer.cue().end()) {
                continue;
            }
            int c0 = firstToken(last.start());
            int c1 = lastToken(last.end());
            if (c0 < 0 || c1 < c0) {
                continue;
            }
            int inner = innerAttributionStart(outer, c0, c1);
            if (inner >= 0) {
                cutBefore(n, c0, inner);
                continue;
            }
            for (int k = c0 + 2; k <= c1; k++) {
                if (lexiconClass(k) != null && innerCue(n, c0, c1, k)) {
                    break;
                }
            }
        }
    }

    /** The first token of the earliest source-first attribution other than {@code outer} inside tokens {@code (c0 + 1, c1]}, or -1. */
    private int innerAttributionStart(Attribution outer, int c0, int c1) {
        int best = -1;
        for (Attribution a : found) {
            int s = a == outer ? -1 : sourceFirst(a);
            if (s > c0 + 1 && s <= c1 && (best < 0 || s < best)) {
                best = s;
            }
        }
        return best;
    }

    /**
     * Tries the lexicon cue at {@code k}, inside the content tokens {@code [c0, c1]} of attribution
     * {@code n}, as the cue of an attribution of its own; on success the outer content ends before
     * the inner source's clause and true is returned, else nothing changes.
     */
    private boolean innerCue(int n, int c0, int c1, int k) {
        Attribution outer = found.get(n);
        boolean[] saved = taken.clone();
        for (int i = c0; i <= c1; i++) {
            if (!coveredByOther(outer, i)) {
                taken[i] = false;
            }
        }
        int before = found.size();
        found.remove(n);
        tryCue(k, lexiconClass(k));
        int start = found.size() < before ? -1 : sourceFirst(found.get(found.size() - 1));
        if (start > c0 + 1) {
            System.arraycopy(saved, c0, taken, c0, start - c0);
            found.add(n, outer);
            if (cutBefore(n, c0, start)) {
                return true;
            }
            found.remove(n);
        }
        while (found.size() >= before) {
            found.remove(found.size() - 1);
        }
        found.add(n, outer);
        System.arraycopy(saved, 0, taken, 0, taken.length);
        return false;
    }

    /**
     * Ends the last content fragment of attribution {@code n}, which starts at token {@code c0}, before
     * the clause that opens at token {@code start}: the boundary words and marks before it go too.
     * False, and nothing changed, where no boundary stands there or fewer than two words would remain.
     */
    private boolean cutBefore(int n, int c0, int start) {
        int end = start - 1;
        boolean boundary = false;
        while (end > c0 && (isClauseBoundary(end) || !t.get(end).isWord() && !closesQuote(end))) {
            boundary = true;
            end--;
        }
        if (!boundary || words(c0, end) < 2) {
            return false;
        }
        Attribution outer = found.get(n);
        List<Span> content = new ArrayList<>(outer.content());
        content.set(content.size() - 1, new Span(content.get(content.size() - 1).start(), t.get(end).end()));
        found.set(n, outer.withContent(content).withKind(kindOf(content)));
        return true;
    }

    /** The first token of the source of "X cue C" (source, then cue, then content), or -1 for another order or no source. */
    private int sourceFirst(Attribution a) {
        if (a.source() == null || a.source().end() > a.cue().start() || a.content().get(0).start() < a.cue().end()) {
            return -1;
        }
        return firstToken(a.source().start());
    }

    /** Whether token {@code i} lies in a span of an attribution other than {@code outer}. */
    private boolean coveredByOther(Attribution outer, int i) {
        Token w = t.get(i);
        for (Attribution a : found) {
            if (a == outer) {
                continue;
            }
            if (inside(w, a.cue()) || a.source() != null && inside(w, a.source())
                    || a.content().stream().anyMatch(s -> inside(w, s))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Token w, Span s) {
        return s.start() <= w.start() && w.end() <= s.end();
    }

    /** The first token that starts at or after {@code offset}, or -1. */
    private int firstToken(int offset) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() >= offset) {
                return i;
            }
        }
        return -1;
    }

    /** The last token that ends at or before {@code offset}, or -1. */
    private int lastToken(int offset) {
        for (int i = t.size() - 1; i >= 0; i--) {
            if (t.get(i).end() <= offset) {
                return i;
            }
        }
        return -1;
    }

    /** The first token a source may start at: after the last taken token before the cue. */
    private int floor(int cueStart) {
        int f = cueStart - 1;
        while (f >= 0 && !taken[f]) {
            f--;
        }
        return f + 1;
    }

    private boolean freeRange(int a, int b) {
        return freeRange(taken, a, b);
    }

    /** Whether no token in {@code [a, b]} is taken by an attribution already read. */
    static boolean freeRange(boolean[] taken, int a, int b) {
        for (int i = a; i <= b; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** "…, said X" and "“…,” said X, apposition": the source follows the cue. */
    private boolean tryInverted(int cueStart, int cueEnd) {
        if (cueStart == 0 || !isContentEnd(cueStart - 1) || cueEnd + 1 >= t.size()) {
            return false;
        }
        Token first = t.get(cueEnd + 1);
        if (!first.isWord() || !(first.isCapitalised() || SourcePhrases.isPronounOrDeterminer(first))
                || first.is("that") || !free(cueEnd + 1)) {
            return false;
        }
        int srcEnd = SourcePhrases.endForward(t, cueEnd + 1, relayLimit(cueEnd + 1));
        if (!SourcePhrases.isNounPhrase(t, cueEnd + 1, srcEnd)) {
            return false;                     // "X, including Y, said he was unfit": a clause follows, not a source
        }
        int contentEnd = cueStart - 2;
        if (t.get(cueStart - 1).is(",") || !closesQuote(cueStart - 1)) {
            contentEnd = cueStart - 2;
        } else {
            contentEnd = cueStart - 1;       // “…” said X: the closing mark is content
        }
        int contentStart = contentStartBefore(contentEnd);
        if (contentStart < 0) {
            return false;
        }
        emit(List.of(range(contentStart, contentEnd)), cueStart, cueEnd, cueEnd + 1, srcEnd);
        return true;
    }

    /** "C, X said": the content comes first, then the source and the cue, then at most adjuncts or a second quote. */
    private void trailing(int src, int cueStart, int cueEnd) {
        int contentEnd = t.get(src - 1).is(",") ? src - 2 : src - 1;
        int contentStart = contentStartBefore(contentEnd);
        if (contentStart < 0) {
            return;
        }
        List<Span> content = new ArrayList<>();
        content.add(range(contentStart, contentEnd));
        // "…,” she said, “…”: the quotation goes on after the cue.
        int n = cueEnd + 1;
        if (n + 1 < t.size() && t.get(n).is(",") && inQuote[n + 1]) {
            Span q = quoteAt(t.get(n + 1).start());
            if (q != null) {
                content.add(new Span(q.start(), Math.min(q.end(), unit.end())));
                markSpan(content.get(1));
            }
        }
        emit(content, cueStart, cueEnd, src, cueStart - 1);
        if (content.size() == 1 && remainderIsAdjunct(cueEnd + 1)) {
            // "“C,” he said of the claim during a call": the adjunct after the cue holds no cue of its own.
            for (int i = cueEnd + 1; i < t.size() && !t.get(i).is(",") && !inQuote[i]; i++) {
                taken[i] = true;
            }
        }
    }

    /** "X said (that) C", "X told reporters C", "X wants C": the source first, the content after the cue. */
    private void leading(int src, int cueStart, int cueEnd, CueClass cls) {
        leading(src, cueStart, cueEnd, cls, src, cueStart - 1);
    }

    private void leading(int src, int cueStart, int cueEnd, CueClass cls, int srcStart, int srcEnd) {
        String verb = lexicon.lemmaOf(t.get(cueEnd).lower()).orElse("");
        if (cls == CueClass.THOUGHT && cueEnd + 1 < t.size() && t.get(cueEnd + 1).isAny(CUE_PREPOSITIONS) && free(cueEnd + 1)
                && (!t.get(cueEnd + 1).is("to") || Set.of("refer", "point", "allude", "respond").contains(verb))) {
            cueEnd++;                         // "talked about C", "called for C", "referring to C"
        }
        int c = cueEnd + 1;
        String lemma = lexicon.lemmaOf(t.get(cueEnd).lower()).orElse("");
        if (OBJECT_TAKING.contains(lemma)) {
            c = afterObject(c);
        }
        // "said in a statement carried by Reuters that C", "wrote in a post on X that C": adjuncts before "that" are no content.
        if (c < t.size() && !inQuote[c] && t.get(c).isAny(Set.of("on", "by", "carried", "with", "to", "in", "at", "as"))) {
            for (int i = c; i < t.size() && i - c < 10 && !inQuote[i] && !t.get(i).is(","); i++) {
                if (t.get(i).is("that")) {
                    c = i;
                    break;
                }
            }
        }
        while (c < t.size() && (t.get(c).is("that") || t.get(c).is(":") || t.get(c).is(",")) && !inQuote[c]) {
            c++;
        }
        int end = Math.min(relayLimit(c), coordinatedCue(c)) - 1;
        while (end >= c && !t.get(end).isWord() && !closesQuote(end)) {
            end--;
        }
        if (end < c || words(c, end) < (cls == CueClass.SPEECH ? 2 : 1)) {
            return;
        }
        emit(List.of(range(c, end)), cueStart, cueEnd, srcStart, srcEnd);
    }

    /**
     * "X praised A and said C": the first token at or after {@code from} where a second verb of
     * saying joined by "and" or "but" (auxiliaries and adverbs allowed between) starts its own
     * attribution with the same source; the unit's end when there is none. PolNeAR never nests an
     * attribution inside another's content, so the first cue's content ends before the second.
     */
    private int coordinatedCue(int from) {
        for (int i = from; i + 1 < t.size(); i++) {
            if (inQuote[i] || !t.get(i).isAny(Set.of("and", "but"))) {
                continue;
            }
            int v = i + 1;
            while (v < t.size() && v - i <= 3 && t.get(v).isAny(AUXILIARIES) && !inQuote[v]) {
                v++;
            }
            if (v < t.size() && !inQuote[v] && free(v) && !t.get(v).isCapitalised()
                    && lexicon.classOf(t.get(v).lower()).orElse(null) == CueClass.SPEECH
                    && !lexicon.lemmaOf(t.get(v).lower()).map(t.get(v).lower()::equals).orElse(false)) {
                return i > from && t.get(i - 1).is(",") ? i - 1 : i;
            }
        }
        return t.size();
    }

    /** "Barkley, who said he votes Democratic, said C": the relative clause's content ends at its comma. */
    private void relative(int who, int cueStart, int cueEnd, CueClass cls) {
        int c = cueEnd + 1;
        while (c < t.size() && (t.get(c).is("that") || t.get(c).is(",")) && !inQuote[c]) {
            c++;
        }
        int end = c;
        while (end < t.size() && !(t.get(end).is(",") && !inQuote[end]) && !taken[end]) {
            end++;
        }
        end--;
        while (end >= c && !t.get(end).isWord() && !closesQuote(end)) {
            end--;
        }
        if (end < c || words(c, end) < (cls == CueClass.SPEECH ? 2 : 1)) {
            return;
        }
        emit(List.of(range(c, end)), cueStart, cueEnd, who, who);
    }

    /**
     * "Obama met survivors and said C": the source of a second verb is the subject of the first —
     * the source of the attribution before it in this unit, or the name the clause starts with.
     */
    private void coordinated(int cueStart, int cueEnd, CueClass cls) {
        Attribution before = found.stream().filter(a -> a.cue().start() < t.get(cueStart).start())
                .reduce((x, y) -> y).orElse(null);
        if (before != null && before.source() != null) {
            int c = cueEnd + 1;
            while (c < t.size() && (t.get(c).is("that") || t.get(c).is(",")) && !inQuote[c]) {
                c++;
            }
            int end = relayLimit(c) - 1;
            while (end >= c && !t.get(end).isWord() && !closesQuote(end)) {
                end--;
            }
            if (end >= c && words(c, end) >= 2) {
                markSpan(range(c, end));
                for (int i = cueStart; i <= cueEnd; i++) {
                    taken[i] = true;
                }
                Attribution a = new Attribution(kindOf(List.of(range(c, end))), List.of(range(c, end)),
                        range(cueStart, cueEnd), before.source(), before.sourceName(), null, List.of());
                found.add(a);
            }
            return;
        }
        int s = floor(cueStart);
        while (s < cueStart && (!t.get(s).isWord() || !free(s))) {
            s++;
        }
        // "The mayor visited …", "Brazil's president Luiz Inácio Lula da Silva met …": names, and lower-case words
        // only after a determiner, a possessive or another such word; a verb or a clause word ends it.
        int e = s;
        boolean modifiable = SourcePhrases.isPronounOrDeterminer(t.get(s)) && !t.get(s).isAny(SourcePhrases.SUBJECT_PRONOUNS)
                || t.get(s).lower().endsWith("'s");
        while (e + 1 < cueStart && e - s < 8 && !t.get(s).isAny(SourcePhrases.SUBJECT_PRONOUNS)) {
            Token n = t.get(e + 1);
            boolean lower = n.isWord() && !n.isCapitalised();
            if (lower && (!modifiable || SourcePhrases.isVerbLike(n) || n.isAny(SourcePhrases.CLAUSE_WORDS))) {
                break;
            }
            if (!lower && !SourcePhrases.continuesName(t, e + 1)) {
                break;
            }
            modifiable = lower || n.lower().endsWith("'s");
            e++;
        }
        if (s >= cueStart || !(t.get(s).isCapitalised() || t.get(s).isAny(SourcePhrases.SUBJECT_PRONOUNS))
                || t.get(s).isAny(NOT_A_SUBJECT) || !freeRange(s, e)) {
            return;
        }
        leading(s, cueStart, cueEnd, cls, s, e);
    }

    /** For "X, who …, said": the comma that opens the relative clause closed at {@code close}, or -1. */
    private int relativeOpen(int close) {
        for (int i = close - 1; i > 0 && close - i < 30; i--) {
            if (t.get(i).is(",")) {
                return i + 1 < close && t.get(i + 1).is("who") ? i : -1;
            }
        }
        return -1;
    }

    /** The start of the source before a relative clause that ends at the comma {@code close}, or -1. */
    private int beforeRelative(int close) {
        int open = relativeOpen(close);
        if (open <= 0) {
            return -1;
        }
        int s = SourcePhrases.startBackward(t, open - 1, 0);
        if (s < 0 || !freeRange(s, open - 1) || !(s == 0 || isClauseBoundary(s - 1) || !t.get(s - 1).isWord())) {
            return -1;
        }
        return s;
    }

    /**
     * The start of a subject that the noun phrase at {@code src} only ends: walks back over
     * prepositional phrases and adverbials ("about half of the voters in six states", "Clinton on
     * Tuesday") to the clause start; -1 when a verb comes first, so the phrase is no subject.
     */
    private int subjectStart(int src, int floor) {
        int i = src;
        while (i - 1 >= floor && src - i < 20) {
            Token p = t.get(i - 1);
            if (p.is(")")) {
                int open = i - 2;             // "Sen. Ann Bell (D-Ore.) on Tuesday said": skip the parenthesis
                while (open >= floor && !t.get(open).is("(") && i - open < 8) {
                    open--;
                }
                if (open >= floor && t.get(open).is("(") && freeRange(open, i - 1)) {
                    i = open;
                    continue;
                }
            }
            if (taken[i - 1] || isClauseBoundary(i - 1) && !p.isAny(Set.of("as"))) {
                break;
            }
            if (SourcePhrases.isVerbLike(p) || inQuote[i - 1]) {
                return -1;
            }
            i--;
        }
        if (i - 1 >= floor && !isClauseBoundary(i - 1)) {
            return -1;
        }
        while (i < src && !t.get(i).isWord()) {
            i++;
        }
        if (t.get(i).isAny(Set.of("in", "on", "at", "after", "during")) && i - 1 > floor && t.get(i - 1).is(",")) {
            // "The ministry, on Monday, admitted": the subject stands before the adverbial's comma.
            int s = SourcePhrases.startBackward(t, i - 2, floor);
            return s >= 0 && (s == floor || isClauseBoundary(s - 1)) && t.get(s).isCapitalised() ? s : -1;
        }
        return t.get(i).isAny(NOT_A_SUBJECT) && i < src ? -1 : i;
    }

    /** Whether the content that ends at {@code end} (a comma or a closing mark) is quoted or at least four words. */
    private boolean quotedOrLong(int end) {
        int s = contentStartBefore(end - 1);
        if (s < 0) {
            return false;
        }
        for (int i = s; i <= end; i++) {
            if (inQuote[i]) {
                return true;
            }
        }
        return words(s, end) >= 4 && !t.get(s).isAny(ADJUNCT_STARTS);
    }

    /**
     * "X endorsed Cruz, saying C" and "X said C1, adding C2": the participle's source is the
     * subject of the clause it hangs on — the source of the attribution before it in this unit,
     * or else the name or pronoun the unit starts with.
     */
    private void participle(int cueStart, int cueEnd) {
        int c = cueEnd + 1;
        while (c < t.size() && (t.get(c).is("that") || t.get(c).is(":") || t.get(c).is(",")) && !inQuote[c]) {
            c++;
        }
        int end = relayLimit(c) - 1;
        while (end >= c && !t.get(end).isWord() && !closesQuote(end)) {
            end--;
        }
        if (end < c || words(c, end) < 2) {
            return;
        }
        int srcStart = -1;
        int srcEnd = -1;
        Attribution before = found.stream().filter(a -> a.cue().start() < t.get(cueStart).start())
                .reduce((x, y) -> y).orElse(null);
        int[] subject = before == null ? clauseSubject(cueStart) : null;
        if (subject != null) {
            srcStart = subject[0];
            srcEnd = subject[1];
        } else if (before == null && !t.isEmpty() && (t.get(0).isCapitalised() && t.get(0).isWord() && !taken[0])
                && !t.get(0).isAny(NOT_A_SUBJECT)) {
            srcStart = 0;
            srcEnd = 0;
            while (srcEnd + 1 < cueStart && (t.get(srcEnd + 1).isCapitalised() || t.get(srcEnd + 1).is("."))
                    && !taken[srcEnd + 1]) {
                srcEnd++;
            }
        }
        if (before != null && before.source() != null) {
            Attribution a = new Attribution(kindOf(List.of(range(c, end))), List.of(range(c, end)), range(cueStart, cueEnd),
                    before.source(), before.sourceName(), null, List.of());
            for (int i = cueStart; i <= cueEnd; i++) {
                taken[i] = true;
            }
            markSpan(range(c, end));
            found.add(a);
            return;
        }
        emit(List.of(range(c, end)), cueStart, cueEnd, srcStart, srcEnd);
    }

    /** "It was announced that C": a passive cue with no source, or "by X". */
    private void tryPassive(int be, int cueEnd) {
        int c = cueEnd + 1;
        if (c >= t.size() || !(t.get(c).is("that") || t.get(c).is(":"))) {
            return;
        }
        int end = relayLimit(c + 1) - 1;
        while (end > c && !t.get(end).isWord() && !closesQuote(end)) {
            end--;
        }
        if (words(c + 1, end) < 2) {
            return;
        }
        int from = be > 0 && t.get(be - 1).is("it") ? be - 1 : be;
        emit(List.of(range(c + 1, end)), from, cueEnd, -1, -1);
    }

    /** "“C.” X said." — the content is the quotation just before the unit, in the same paragraph. */
    private boolean dangling(int src, int cueStart, int cueEnd) {
        Span before = null;
        for (Span q : quotes) {
            if (q.end() <= unit.start() && text.substring(q.end(), unit.start()).isBlank()
                    && text.substring(q.end(), unit.start()).indexOf('\n') < 0) {
                before = q;
            }
        }
        if (before == null) {
            return false;
        }
        emit(List.of(before), cueStart, cueEnd, src, cueStart - 1);
        Attribution a = found.remove(found.size() - 1);
        found.add(a.withKind(Attribution.Kind.DIRECT));
        return true;
    }

    /** The most tokens between "according to" and the comma that ends its source. */
    private static final int ACCORDING_TO_SOURCE_WORDS = 40;

    private void tryAccordingTo(int k) {
        int nStart = k + 2;
        if (nStart >= t.size() || !free(nStart)) {
            return;
        }
        int comma = nStart;
        // "According to early results of exit polls conducted for … by Edison Research, C": long sources too.
        while (comma < t.size() && !t.get(comma).is(",") && !t.get(comma).is(".") && comma - nStart < ACCORDING_TO_SOURCE_WORDS) {
            comma++;
        }
        if (k == floor(k) || k > 0 && isClauseBoundary(k - 1) && !t.get(k - 1).is(",")) {
            // "According to X, C"
            if (comma >= t.size() || !t.get(comma).is(",") || comma == nStart || !freeRange(k, comma)) {
                return;
            }
            int c = comma + 1;
            int end = relayLimit(c) - 1;
            while (end >= c && !t.get(end).isWord() && !closesQuote(end)) {
                end--;
            }
            if (end >= c && words(c, end) >= 2) {
                emit(List.of(range(c, end)), k, k + 1, nStart, comma - 1);
            }
        } else if (k > 0 && t.get(k - 1).is(",")) {
            // "C, according to X."
            int contentEnd = k - 2;
            int contentStart = contentStartBefore(contentEnd);
            if (contentStart >= 0) {
                int srcEnd = SourcePhrases.endForward(t, nStart, comma < t.size() ? comma : t.size());
                emit(List.of(range(contentStart, contentEnd)), k, k + 1, nStart, srcEnd);
            }
        }
    }

    private int afterObject(int c) {
        for (int i = c; i < t.size() && i - c < 10; i++) {
            Token w = t.get(i);
            if (w.is("that") || w.is(":")) {
                return i + 1;
            }
            if (inQuote[i] || w.isAny(SourcePhrases.SUBJECT_PRONOUNS) && i > c) {
                return i;
            }
            if (w.is(",") || w.is(".")) {
                return i + 1;
            }
        }
        int i = c;
        while (i < t.size() && (t.get(i).isCapitalised() || SourcePhrases.isPronounOrDeterminer(t.get(i))
                || t.get(i).isAny(Set.of("reporters", "journalists", "supporters", "him", "her", "them", "me", "us")))) {
            i++;
        }
        return i;
    }

    /** The first token at or after {@code from} where the content stops: a relay phrase, a participle cue, or the unit's end. */
    private int relayLimit(int from) {
        for (int i = from; i + 1 < t.size(); i++) {
            if (t.get(i).is(",") && !inQuote[i]) {
                Token n = t.get(i + 1);
                if (n.isAny(RELAY_WORDS) && !inQuote[i + 1] || SourcePhrases.isParticipleCue(n) && !inQuote[i + 1]) {
                    return i;
                }
            }
        }
        return t.size();
    }

    /** The first token of content that ends at {@code end}: the unit's start or after the last taken token. */
    private int contentStartBefore(int end) {
        if (end < 0) {
            return -1;
        }
        int s = end;
        while (s - 1 >= 0 && !taken[s - 1]) {
            s--;
        }
        while (s <= end && !t.get(s).isWord() && !inQuote[s]) {
            s++;
        }
        return s <= end && words(s, end) >= 1 ? s : -1;
    }

    private boolean remainderIsAdjunct(int from) {
        if (from >= t.size()) {
            return true;
        }
        Token n = t.get(from);
        if (n.is(",") || n.is(".") || n.is(";") || n.is("?") || n.is("!")) {
            return true;
        }
        if (!n.isAny(ADJUNCT_STARTS)) {
            return false;
        }
        for (int i = from; i < t.size() && !t.get(i).is(","); i++) {
            // A quoted title in the adjunct ("during a call to ABC’s “This Week.”") is no content.
            if (t.get(i).is("that") || inQuote[i] && t.get(i).isWord() && !t.get(i).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the tokens from {@code from} to the next comma hold no "that", colon or quotation: an object and adjuncts at most. */
    private boolean remainderHasNoClause(int from) {
        for (int i = from; i < t.size() && !t.get(i).is(","); i++) {
            if (t.get(i).is("that") || t.get(i).is(":") || inQuote[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean isContentEnd(int i) {
        return t.get(i).is(",") || closesQuote(i) || t.get(i).is("—") || t.get(i).is("–");
    }

    private boolean isClauseBoundary(int i) {
        Token w = t.get(i);
        return w.is(",") || w.is(";") || w.is(":") || w.is("—") || w.is("(") || w.isAny(Set.of("and", "but", "while",
                "because", "as", "so", "although", "though", "when", "after", "before", "since", "if", "or",
                "yet", "where", "whereas", "until", "once"));
    }

    private boolean closesQuote(int i) {
        return inQuote[i] && (i + 1 >= t.size() || !inQuote[i + 1]) && !t.get(i).isWord();
    }

    private int words(int a, int b) {
        return Token.words(t, a, b);
    }

    private Span range(int a, int b) {
        return Token.range(t, a, b);
    }

    private boolean insideQuote(Token w) {
        Span q = quoteAt(w.start());
        return q != null && w.end() <= q.end();
    }

    private Span quoteAt(int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span q = quotes.get(mid);
            if (offset < q.start()) {
                hi = mid - 1;
            } else if (offset >= q.end()) {
                lo = mid + 1;
            } else {
                return q;
            }
        }
        return null;
    }

    private void markSpan(Span s) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() >= s.start() && t.get(i).end() <= s.end()) {
                taken[i] = true;
            }
        }
    }

    private void emit(List<Span> content, int cueStart, int cueEnd, int srcStart, int srcEnd) {
        Span cue = range(cueStart, cueEnd);
        Span source = null;
        String name = null;
        if (srcStart >= 0 && srcEnd >= srcStart) {
            source = range(srcStart, srcEnd);
            name = SourcePhrases.clean(text, t.subList(srcStart, srcEnd + 1));
            for (int i = srcStart; i <= srcEnd; i++) {
                taken[i] = true;
            }
        }
        for (int i = cueStart; i <= cueEnd; i++) {
            taken[i] = true;
        }
        content.forEach(this::markSpan);
        Attribution a = new Attribution(kindOf(content), content, cue, source, name, null, List.of());
        found.add(a.withChannel(ChannelFinder.chain(text, t, inQuote, a)));
        ChannelFinder.markRelays(t, a, taken);
    }

    private Attribution.Kind kindOf(List<Span> content) {
        return kindOf(t, inQuote, content);
    }

    /** How the content is given: all its words in quotation marks, some, or none. */
    static Attribution.Kind kindOf(List<Token> t, boolean[] inQuote, List<Span> content) {
        int quoted = 0;
        int all = 0;
        for (int i = 0; i < t.size(); i++) {
            Token w = t.get(i);
            if (w.isWord() && content.stream().anyMatch(s -> s.start() <= w.start() && w.end() <= s.end())) {
                all++;
                if (inQuote[i]) {
                    quoted++;
                }
            }
        }
        return quoted == 0 ? Attribution.Kind.REPORTED : quoted == all ? Attribution.Kind.DIRECT : Attribution.Kind.PARTIAL;
    }
}
