package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.attribution.CueLexicon.CueClass;
import java.util.List;
import java.util.Set;

/**
 * Reads the attributions of one unit — a sentence, or the sentences a quotation spans — by
 * trying, for every cue, the constructions news English uses: "C, said X", "C, X said",
 * "X said (that) C", "according to X, C" and "C, according to X". Verbs of saying are read
 * first, then "according to", then verbs of thinking; a cue inside what an earlier attribution
 * already took is not read again (PolNeAR annotates the outer attribution only). The parts it reads
 * with: {@link UnitTokens} (the tokens and what is taken), {@link CueForms} (the cue side),
 * {@link SubjectFinder} (the source side), {@link ContentBounds} (where a content ends),
 * {@link ContentFirstForms} (the constructions with the content before the cue, and "according to"); then
 * {@link FrameReader} for frames without a cue verb, {@link LearnedCueReader} for learned cues and
 * {@link NestedCueReader} for contents that run over a second attribution. Not thread-safe: one per unit.
 */
final class UnitReader {
    private static final Set<String> OBJECT_TAKING = Set.of("tell", "ask", "assure", "warn", "urge", "advise",
            "remind", "inform", "caution", "promise");
    private static final Set<String> CUE_PREPOSITIONS = Set.of("about", "for", "to", "on", "against", "of", "out");

    private final UnitTokens u;
    private final List<Token> t;
    private final boolean[] inQuote;
    private final boolean[] taken;
    private final CueLexicon lexicon = CueLexicon.standard();
    private final CueForms cues;
    private final SubjectFinder sources;
    private final ContentBounds contents;
    private final CueTagger tagger;
    /** The content-first constructions, also used by {@link LearnedCueReader} ("C, X cue"). */
    final ContentFirstForms contentFirst;

    UnitReader(String text, Span unit, List<Span> quotes) {
        this(text, unit, quotes, null);
    }

    /** With a learned cue detector for the words the lexicon does not know, or null for the rules alone. */
    UnitReader(String text, Span unit, List<Span> quotes, CueTagger tagger) {
        this.tagger = tagger;
        this.u = new UnitTokens(text, unit, quotes);
        this.t = u.t;
        this.inQuote = u.inQuote;
        this.taken = u.taken;
        this.cues = new CueForms(u);
        this.sources = new SubjectFinder(u, tagger);
        this.contents = new ContentBounds(u);
        this.contentFirst = new ContentFirstForms(u, contents);
    }

    List<Attribution> read() {
        for (int k = 0; k < t.size(); k++) {
            if (cues.cueClass(k) == CueClass.SPEECH) {
                tryCue(k, CueClass.SPEECH);
            }
        }
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).is("according") && t.get(k + 1).is("to") && u.free(k) && u.free(k + 1)) {
                contentFirst.accordingTo(k);
            }
        }
        for (int k = 0; k < t.size(); k++) {
            if (cues.cueClass(k) == CueClass.THOUGHT) {
                tryCue(k, CueClass.THOUGHT);
            }
        }
        boolean lineStart = u.unit.start() == 0 || u.text.charAt(u.unit.start() - 1) == '\n';
        u.found.addAll(new FrameReader(u.text, t, inQuote, taken).read(lineStart));
        if (tagger != null) {
            new LearnedCueReader(this, u, cues, sources, contents, tagger).learned();
        }
        new NestedCueReader(this, u, cues).unnest();
        u.found.sort(java.util.Comparator.comparingInt(a -> a.cue().start()));
        return u.found;
    }

    void tryCue(int k, CueClass cls) {
        int cueStart = k;
        while (cueStart - 1 >= 0 && t.get(cueStart - 1).isAny(UnitTokens.AUXILIARIES) && u.free(cueStart - 1)) {
            cueStart--;
        }
        int cueEnd = k;                       // inclusive
        if (k + 3 < t.size() && t.get(k + 1).is("in") && t.get(k + 2).isAny(Set.of("a", "an"))
                && t.get(k + 3).isAny(Set.of("statement", "interview", "tweet", "post"))) {
            cueEnd = k + 3;                   // "said in a statement"
        }
        if (cueStart > 0 && afterComma(cueStart) && SourcePhrases.isParticipleCue(t.get(k))) {
            participle(cueStart, cueEnd);
            return;
        }
        // "Lynch is reaffirming that C", "he has been insisting C": a progressive, not a passive; the subject speaks.
        while (cueStart > 0 && t.get(k).lower().endsWith("ing") && u.free(cueStart - 1)
                && (t.get(cueStart - 1).isAny(UnitTokens.BE) || t.get(cueStart - 1).isAny(UnitTokens.AUXILIARIES))) {
            cueStart--;
        }
        boolean passive = cueStart > 0 && t.get(cueStart - 1).isAny(UnitTokens.BE);
        if (passive && cues.stateParticiple(k)) {
            // "are concerned that C", "was excited to C": a state of the subject, which is the source; "be" joins the cue.
            cueStart--;
            while (cueStart - 1 >= 0 && t.get(cueStart - 1).isAny(UnitTokens.AUXILIARIES) && u.free(cueStart - 1)) {
                cueStart--;
            }
            passive = false;
        }
        if (passive) {
            tryPassive(cueStart - 1, cueEnd);
            return;
        }
        int floor = u.floor(cueStart);
        int src = SourcePhrases.startBackward(t, cueStart - 1, floor);
        // "Chris Cox, who runs the lobby, says C" is not "C, says X": an apposition-framed name at the clause start wins.
        // "“C,” Ramos, 58, told AFP": after a quotation too, the framed name is the source, not the object after the cue.
        boolean framedSource = src >= 0 && t.get(cueStart - 1).is(",")
                && (src == floor || u.isClauseBoundary(src - 1) || u.closesQuote(src - 1));
        if (cls == CueClass.SPEECH && !framedSource && contentFirst.inverted(cueStart, cueEnd)) {
            return;
        }
        if (src < 0 && cueStart > floor && t.get(cueStart - 1).is("who") && u.free(cueStart - 1)) {
            relative(cueStart - 1, cueStart, cueEnd, cls);
            return;
        }
        if (src < 0 && cueStart > floor && t.get(cueStart - 1).isAny(Set.of("and", "but")) && u.free(cueStart - 1)) {
            coordinated(cueStart, cueEnd, cls);
            return;
        }
        if (src < 0 && cueStart > 0 && t.get(cueStart - 1).is(",")) {
            src = sources.beforeRelative(cueStart - 1);
            if (src >= 0) {
                leading(src, cueStart, cueEnd, cls, SourcePhrases.startBackward(t, sources.relativeOpen(cueStart - 1) - 1, 0),
                        sources.relativeOpen(cueStart - 1) - 1);
                return;
            }
        }
        if (src < 0 || !u.freeRange(src, cueStart - 1)) {
            return;
        }
        boolean nameAfterParenthesis = t.get(src).isCapitalised() && src > floor && t.get(src - 1).is(")");
        if (src > floor && !u.isClauseBoundary(src - 1) && !u.isContentEnd(src - 1) && !nameAfterParenthesis) {
            // "about half of the voters said", "Clinton on Tuesday said": the subject starts further back.
            src = sources.subjectStart(src, floor);
            if (src < 0) {
                return;
            }
        }
        boolean contentBefore = src > floor && u.isContentEnd(src - 1);
        if (cls == CueClass.SPEECH && src == 0 && contents.remainderIsAdjunct(cueEnd + 1) && contentFirst.dangling(src, cueStart, cueEnd)) {
            return;
        }
        boolean objectOnly = OBJECT_TAKING.contains(lexicon.lemmaOf(t.get(cueEnd).lower()).orElse("")) && contents.remainderHasNoClause(cueEnd + 1);
        if (objectOnly && !contents.remainderIsAdjunct(cueEnd + 1) && contentBefore && !contents.quotedOrLong(src - 1)) {
            return;                           // "At one point, a woman asked for a photo": an adjunct, not content
        }
        if (cls == CueClass.SPEECH && contentBefore && (contents.remainderIsAdjunct(cueEnd + 1) || objectOnly)) {
            contentFirst.trailing(src, cueStart, cueEnd);
        } else if (src == floor || u.isClauseBoundary(src - 1) || contentBefore || nameAfterParenthesis) {
            leading(src, cueStart, cueEnd, cls);
        }
    }

    /** "X said (that) C", "X told reporters C", "X wants C": the source first, the content after the cue. */
    private void leading(int src, int cueStart, int cueEnd, CueClass cls) {
        leading(src, cueStart, cueEnd, cls, src, cueStart - 1);
    }

    private void leading(int src, int cueStart, int cueEnd, CueClass cls, int srcStart, int srcEnd) {
        String verb = lexicon.lemmaOf(t.get(cueEnd).lower()).orElse("");
        if (cls == CueClass.THOUGHT && cueEnd + 1 < t.size() && t.get(cueEnd + 1).isAny(CUE_PREPOSITIONS) && u.free(cueEnd + 1)
                && (!t.get(cueEnd + 1).is("to") || Set.of("refer", "point", "allude", "respond").contains(verb))) {
            cueEnd++;                         // "talked about C", "called for C", "referring to C"
        }
        int c = cueEnd + 1;
        String lemma = lexicon.lemmaOf(t.get(cueEnd).lower()).orElse("");
        if (OBJECT_TAKING.contains(lemma)) {
            c = contents.afterObject(c);
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
        boolean clause = false;
        while (c < t.size() && (t.get(c).is("that") || t.get(c).is(":") || t.get(c).is(",")) && !inQuote[c]) {
            clause |= !t.get(c).is(",");
            c++;
        }
        int end = Math.min(Math.min(contents.relayLimit(c), contents.coordinatedCue(c)),
                Math.min(contents.takenLimit(c), clause ? t.size() : contents.nounPhraseLimit(c))) - 1;
        while (end >= c && !t.get(end).isWord() && !u.closesQuote(end)) {
            end--;
        }
        if (end < c || u.words(c, end) < (cls == CueClass.SPEECH ? 2 : 1)) {
            return;
        }
        u.emit(List.of(u.range(c, end)), cueStart, cueEnd, srcStart, srcEnd);
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
        while (end >= c && !t.get(end).isWord() && !u.closesQuote(end)) {
            end--;
        }
        if (end < c || u.words(c, end) < (cls == CueClass.SPEECH ? 2 : 1)) {
            return;
        }
        u.emit(List.of(u.range(c, end)), cueStart, cueEnd, who, who);
    }

    /**
     * "Obama met survivors and said C": the source of a second verb is the subject of the first —
     * the source of the attribution before it in this u.unit, or the name the clause starts with.
     */
    private void coordinated(int cueStart, int cueEnd, CueClass cls) {
        Attribution before = u.found.stream().filter(a -> a.cue().start() < t.get(cueStart).start())
                .reduce((x, y) -> y).orElse(null);
        if (before != null && before.source() != null) {
            int c = cueEnd + 1;
            while (c < t.size() && (t.get(c).is("that") || t.get(c).is(",")) && !inQuote[c]) {
                c++;
            }
            int end = contents.relayLimit(c) - 1;
            while (end >= c && !t.get(end).isWord() && !u.closesQuote(end)) {
                end--;
            }
            if (end >= c && u.words(c, end) >= 2) {
                u.markSpan(u.range(c, end));
                for (int i = cueStart; i <= cueEnd; i++) {
                    taken[i] = true;
                }
                Attribution a = new Attribution(u.kindOf(List.of(u.range(c, end))), List.of(u.range(c, end)),
                        u.range(cueStart, cueEnd), before.source(), before.sourceName(), null, List.of());
                u.found.add(a);
            }
            return;
        }
        int s = subjectAfterSubordinator(cueStart);
        while (s < cueStart && (!t.get(s).isWord() || !u.free(s))) {
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
        boolean determinedClause = s > u.floor(cueStart) && SourcePhrases.isDeterminer(t.get(s));
        if (s >= cueStart || !(t.get(s).isCapitalised() || t.get(s).isAny(SourcePhrases.SUBJECT_PRONOUNS) || determinedClause)
                || t.get(s).isAny(SubjectFinder.NOT_A_SUBJECT) || !u.freeRange(s, e)) {
            return;
        }
        leading(s, cueStart, cueEnd, cls, s, e);
    }

    /**
     * Where the subject of "… and said" is sought: after the last subordinator before the first verb
     * ("Some booed, and when Rubio thanked Miami and said C": Rubio) where a name or pronoun follows it
     * and then a verb; else the start of what is free before the cue.
     */
    private int subjectAfterSubordinator(int cueStart) {
        int floor = u.floor(cueStart);
        for (int i = cueStart - 2; i > floor; i--) {
            if (inQuote[i] || !t.get(i - 1).isAny(ContentBounds.SUBORDINATORS)) {
                continue;
            }
            Token first = t.get(i);
            int e = i;
            while (e + 1 < cueStart && first.isCapitalised() && SourcePhrases.continuesName(t, e + 1)) {
                e++;
            }
            while (e + 1 < cueStart && e - i < 4 && SourcePhrases.isDeterminer(first) && t.get(e + 1).isWord()
                    && !t.get(e + 1).isCapitalised() && !SourcePhrases.isVerbLike(t.get(e + 1))
                    && !t.get(e + 1).isAny(SourcePhrases.CLAUSE_WORDS) && !t.get(e + 2).isAny(SourcePhrases.CLAUSE_WORDS)) {
                e++;                          // "when the mayor thanked …": the determiner and its nouns
            }
            Token next = t.get(e + 1);
            boolean verbFollows = next.isWord() && !next.isCapitalised() && !next.isAny(SourcePhrases.CLAUSE_WORDS)
                    || next.isAny(UnitTokens.AUXILIARIES);
            boolean determined = SourcePhrases.isDeterminer(first) && e > i;
            if ((first.isCapitalised() && first.isWord() || first.isAny(SourcePhrases.SUBJECT_PRONOUNS) || determined) && verbFollows
                    && !first.isAny(SubjectFinder.NOT_A_SUBJECT)) {
                return i;
            }
            break;
        }
        // "Speaking in X, Bush referred to A but described C": the subject of the clause, not the unit's first word.
        int[] subject = sources.clauseSubject(cueStart - 1);
        return subject != null && subject[0] > floor ? subject[0] : floor;
    }

    /** Whether a comma stands before token {@code k}, or a closing quotation mark after a comma (“… race,” adding). */
    private boolean afterComma(int k) {
        return t.get(k - 1).is(",") || k >= 2 && u.closesQuote(k - 1) && t.get(k - 2).is(",");
    }

    /**
     * "X endorsed Cruz, saying C" and "X said C1, adding C2": the participle's source is the
     * subject of the clause it hangs on — the source of the attribution before it in this u.unit,
     * or else the name or pronoun the u.unit starts with.
     */
    private void participle(int cueStart, int cueEnd) {
        int c = cueEnd + 1;
        while (c < t.size() && (t.get(c).is("that") || t.get(c).is(":") || t.get(c).is(",")) && !inQuote[c]) {
            c++;
        }
        int end = contents.relayLimit(c) - 1;
        while (end >= c && !t.get(end).isWord() && !u.closesQuote(end)) {
            end--;
        }
        if (end < c || u.words(c, end) < 2) {
            return;
        }
        int srcStart = -1;
        int srcEnd = -1;
        Attribution before = u.found.stream().filter(a -> a.cue().start() < t.get(cueStart).start())
                .reduce((x, y) -> y).orElse(null);
        int[] subject = before == null ? sources.clauseSubject(cueStart) : null;
        if (subject != null) {
            srcStart = subject[0];
            srcEnd = subject[1];
        } else if (before == null && !t.isEmpty() && (t.get(0).isCapitalised() && t.get(0).isWord() && !taken[0])
                && !t.get(0).isAny(SubjectFinder.NOT_A_SUBJECT)) {
            srcStart = 0;
            srcEnd = 0;
            while (srcEnd + 1 < cueStart && (t.get(srcEnd + 1).isCapitalised() || t.get(srcEnd + 1).is("."))
                    && !taken[srcEnd + 1]) {
                srcEnd++;
            }
        }
        if (before != null && before.source() != null) {
            Attribution a = new Attribution(u.kindOf(List.of(u.range(c, end))), List.of(u.range(c, end)), u.range(cueStart, cueEnd),
                    before.source(), before.sourceName(), null, List.of());
            for (int i = cueStart; i <= cueEnd; i++) {
                taken[i] = true;
            }
            u.markSpan(u.range(c, end));
            u.found.add(a);
            return;
        }
        u.emit(List.of(u.range(c, end)), cueStart, cueEnd, srcStart, srcEnd);
    }

    /** "It was announced that C": a passive cue with no source, or "by X". */
    private void tryPassive(int be, int cueEnd) {
        int c = cueEnd + 1;
        if (c >= t.size() || !(t.get(c).is("that") || t.get(c).is(":"))) {
            return;
        }
        int end = contents.relayLimit(c + 1) - 1;
        while (end > c && !t.get(end).isWord() && !u.closesQuote(end)) {
            end--;
        }
        if (u.words(c + 1, end) < 2) {
            return;
        }
        int from = be > 0 && t.get(be - 1).is("it") ? be - 1 : be;
        u.emit(List.of(u.range(c + 1, end)), from, cueEnd, -1, -1);
    }

}
