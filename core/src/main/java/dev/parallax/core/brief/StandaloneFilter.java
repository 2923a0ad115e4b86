package dev.parallax.core.brief;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.Words;
import dev.parallax.core.clean.Credits;
import dev.parallax.core.clean.PhotoCaption;
import dev.parallax.core.clean.SiteNotice;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a source sentence can stand alone in a brief, and trims what a reader of a
 * brief does not need at its start: a wire dateline or credit ({@code DENVER (AP) —},
 * {@code (CNN)}), a stray dash left by one, and a leading connective that only links it to the
 * sentence before ("But", "However,", "In addition,"): the rest is a verbatim span of the source,
 * its first letter capitalised. Rejects fragments (lower-case start, unbalanced quotes), sentences
 * that lean on an earlier one (a pronoun or a definite shell noun first; not existential "there is"
 * or a time phrase such as "this week"; a quotation in the first person from end to end, whose
 * speaker another sentence names), questions and lead-ins, page furniture (bylines, photo
 * credits, links, calls to subscribe or follow), photo captions ({@link PhotoCaption}), notices of
 * the site or the web ({@link SiteNotice}),
 * shouting, and sentences too short to carry a statement or too long to read.
 */
public final class StandaloneFilter {
    /** Openings that look dangling but are not: existential "there", a demonstrative time phrase, "so far". */
    private static final Pattern NOT_DANGLING = Pattern.compile(
            "^(so far\\b|there (is|are|was|were|will be|have been|has been)\\b|(this|that|these|those) (week|weekend|month|year|"
                    + "morning|afternoon|evening|night|spring|summer|fall|autumn|winter|season|time|past|coming|"
                    + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)\\b)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A connective that only ties a sentence to the one before; the statement after it stands on
     * its own ("But the club said …" → "The club said …"). Adverbs that also open other phrases
     * ("Still more", "So far", "Instead of") are trimmed only before a comma.
     */
    private static final Pattern CONNECTIVE = Pattern.compile(
            "^(?:(?:But|And|However|Meanwhile|Moreover|Furthermore|Also|Indeed|In addition|Additionally|Plus),?"
                    + "|(?:Still|Yet|Instead|Now|So|Thus|Nevertheless|Nonetheless|Separately|Elsewhere),)\\s+");
    /** A dash or a news agency's name in parentheses with nothing before it, left at the start. */
    private static final Pattern LEADING_CREDIT = Pattern.compile(
            "^(?:(?:[—–]+|--?)\\s+|\\(\\p{Lu}[\\p{L}.&' ]{0,30}\\)\\s*(?:[—–:-]+\\s*)?)(?=[\\p{Lu}\\p{N}\"“])");
    private static final Pattern DANGLING = Pattern.compile(
            "^(he|she|it|they|this|that|these|those|his|her|its|their|him|them|there|here|"
                    + "but|and|or|so|also|however|meanwhile|still|yet|instead|"
                    + "then|thus|indeed|in addition|as a result|that's|it's|he's|she's|they're|others|another|such)\\b"
                    // A definite shell noun ("the admission", "the move") points back at a statement
                    // or act the brief may not carry (Schmid 2000, "English Abstract Nouns as
                    // Conceptual Shells").
                    + "|^the (move|decision|step|report|reports|statement|announcement|admission|acknowledg(e)?ment|"
                    + "confirmation|remarks?|comments?|claims?|allegations?|revelation|disclosure|development|"
                    + "incident|news|latest|same)\\b"
                    // A time counted from an event the sentence does not name ("Four hours later, …",
                    // "Just days later, …", "Shortly after, …"), a case or a report pointed back at.
                    + "|^(?:(?:just|only|some|about|nearly|barely|a few|several|\\p{L}+) )?(?:\\p{L}+ )?"
                    + "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?) (?:later\\b|after(?:wards?)?\\s*,)"
                    + "|^(?:shortly|soon|moments|minutes|hours|days|weeks) (?:after|afterwards?|later|thereafter)\\s*,"
                    + "|^in (?:this|that|such an?|each|either) (?:case|instance|regard|scenario)\\b"
                    // a pronoun in the opening clause and again in the main one: "If he passes the check, he could …"
                    + "|^(?:if|when|after|before|while|although|though|because|since|once|until|unless)\\s+(?:he|she|they|it)\\b"
                    + "[^,]{0,80},\\s+(?:he|she|they|it|his|her|their|its)\\b"
                    + "|^according to (?:these|those|this|that|the|such) (?:reports?|accounts?|documents?|sources?|"
                    + "records|figures|data|estimates?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FURNITURE = Pattern.compile(
            "https?://|www\\.|\\.com/|@\\w|©|^advertisement\\b|\\b(newsletter|follow (us|him|her|me)|read more|"
                    + "all rights reserved|getty images|photo:|image:|photograph:|caption|"
                    + "contributed to this report|reporting by|editing by|writing by|terms of (use|service)|privacy policy"
                    // a page's own calls and notes, not news of clicks, subscribers, sign-ups, copyright
                    // suits or cookies: "Click here to …", "Subscribe now", "Sign up for our …",
                    // "Copyright 2019 …", "This site uses cookies"
                    + "|click (here|on|to|the|below|through)|subscribe (now|today|here|to (our|this|the) "
                    + "(newsletter|channel|podcast|feed))|sign up (now|today|here|for (our|the|a free|free))"
                    + "|copyright (\\(c\\)|\\d{4})|(use|uses|accept|enable) cookies|cookie (policy|settings)"
                    // a call to follow or share, not a report that names a network: "Follow us on Twitter",
                    // "Share this story … on Twitter and Facebook", "Email this article"; "wrote on
                    // Twitter", "said in an email" and "Facebook is buying …" are news
                    + "|(follow|like|find|join|connect with)( us| him| her| me)? on (facebook|twitter|instagram)"
                    + "|share (this|it)\\b[^.]{0,40}\\b(facebook|twitter|instagram|e-?mail|whatsapp)"
                    + "|(facebook|twitter|instagram|e-?mail|whatsapp|linkedin|pinterest|reddit)\\s*[,|/]?\\s*"
                    + "(facebook|twitter|instagram|e-?mail|whatsapp|linkedin|pinterest|reddit)"
                    + "|e-?mail (us|this (story|article|page))"
                    // a subscription's promise: "Get the magazine delivered through your letterbox every month"
                    + "|delivered\\b[^.]{0,30}\\b(your|you))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^(by|posted|updated|published|last modified)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A wire credit with no place before it: "(Reuters) -"; with a place it is a dateline. */
    private static final Pattern WIRE_CREDIT = Pattern.compile("^\\(\\p{Lu}[^)]{1,39}\\)\\s*[—–:-]+\\s*");
    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 55;
    private static final int MAX_LEANING_WORDS = 80;

    /** The sentence as a brief would show it, start trimmed; empty when it cannot stand alone. */
    public Optional<String> standalone(String sentence) {
        return keep(sentence).map(span -> capitalised(span.of(sentence)));
    }

    /**
     * The part of the sentence a brief would show, as character offsets into it (its first letter
     * to be capitalised, {@link #capitalised}); empty when it cannot stand alone.
     */
    public Optional<Span> keep(String sentence) {
        return keep(sentence, false, MAX_WORDS);
    }

    /**
     * As {@link #keep(String)}, admitting also what fails only for a soft reason: an opening that
     * leans on the sentence before (a pronoun or a shell noun; the caller shows it only after that
     * sentence) and a length of up to {@value #MAX_LEANING_WORDS} words. Fragments, questions,
     * furniture and notices stay out.
     */
    public Optional<Span> keepLeaning(String sentence) {
        return keep(sentence, true, MAX_LEANING_WORDS);
    }

    /** How many characters a leading connective ("But ", "However, ") takes at the start of the text; 0 when none. */
    public static int connectiveLength(String text) {
        var m = CONNECTIVE.matcher(text);
        return m.find() ? m.end() : 0;
    }

    /** Whether the kept part of the sentence opens by leaning on the sentence before it. */
    public static boolean leans(String kept) {
        return DANGLING.matcher(kept).find() && !NOT_DANGLING.matcher(kept).find() || whollyQuoted(kept)
                || PRONOUN_SPEAKER.matcher(kept).find() || unquotedFirstPerson(kept);
    }

    /**
     * Whether the sentence speaks in the first person outside any quotation: the writer of a column
     * or a post ("I just gave the maximum allowed donation to …", "I am sure that she would …"). In a
     * brief drawn from several sources that "I" is nobody the reader can name; the sentence before
     * it, in its article, says whose words they are.
     */
    static boolean unquotedFirstPerson(String kept) {
        String unquoted = QUOTED.matcher(kept).replaceAll(" ");
        return FIRST_PERSON_SINGULAR.matcher(unquoted).find() || FIRST_PERSON_PLURAL_OPENING.matcher(unquoted).find();
    }

    /**
     * "We" or "Our" opening a sentence outside any quotation: a company's or a site's own statement
     * ("We're happy to report that …", "We are investigating the cause"), whose "we" the reader of a
     * brief cannot name.
     */
    private static final Pattern FIRST_PERSON_PLURAL_OPENING = Pattern.compile(
            "^\\W{0,2}(?:We(?=\\s+\\p{Ll})|We['’](?:re|ve|d|ll)\\b|Our(?=\\s+\\p{Ll}))");

    /**
     * A quotation, with double or single marks, straight or curly ("'I am not a crook'", "‘my best
     * work’"); an apostrophe between letters stays inside it ("'We won't give up,' she said").
     */
    private static final Pattern QUOTED = Pattern.compile(
            "“[^”]*”?|\"[^\"]*\"?|‘[^’]*’|(?<!\\p{L})'(?:[^']|(?<=\\p{L})'(?=\\p{L}))*'(?!\\p{L})");
    /**
     * "I" (or "I'm", "I've") opening the sentence or after a word in lower case or a mark, and
     * before a word in lower case, not a numeral or label after a name or noun ("Alexander I was",
     * "phase I trial", "Schedule I drug"); "me" and "my" in lower case, or "My" opening the
     * sentence before a word in lower case (not "My Lai", "Despicable Me").
     */
    private static final Pattern FIRST_PERSON_SINGULAR = Pattern.compile(
            "(?:^|(?<=[,;:—–(]\\s)|(?<!(?i:war|title|phase|stage|type|schedule|grade|measure|proposition|plan|part|class|"
                    + "level|tier|category|chapter|book|volume|article|section|round|act|division|series|step|track|"
                    + "option|case|model|unit|block|zone)\\s)(?:(?<=[\\s,;:(—–]\\p{Ll}{1,20}\\s)|(?<=^\\p{Ll}{1,20}\\s)))"
                    + "(?:I(?=\\s+\\p{Ll})|I['’](?:m|ve|d|ll)\\b)"
                    + "|\\b(?:me|my)\\b|^My(?=\\s+\\p{Ll})");

    /**
     * A speaker named only by a pronoun: "“We lost everything,” she said.", "The jurors, he added,
     * “were properly instructed …”", "The plant will close in May, they said." Whoever "she" is,
     * the sentence before names her; in a brief the pronoun would dangle. A pronoun that opens a
     * main clause after a name ("When Merkel arrived, she told reporters …") is not one.
     */
    private static final String SPEECH_VERB = "(?:said|says|added|adds|told|tells|noted|notes|explained|continued|argued|"
            + "argues|wrote|writes|insisted|insists|stressed|warned|asked|recalled|replied)";
    private static final Pattern PRONOUN_SPEAKER = Pattern.compile(
            "[,.!?]?[”\"’]\\s+(?:he|she|they)\\s+" + SPEECH_VERB + "\\b"
                    + "|,\\s+(?:he|she|they)\\s+" + SPEECH_VERB + "(?:,|[.!]?$)");

    /**
     * Whether the sentence is a quotation from its first character to its last, so that who says it
     * is told in another sentence: "“I even said to my adviser, ‘I don't know that I can trust this
     * data.’”" and the second half of a quotation split by its attribution ("“A,” she said. “The
     * public only had a couple of weeks' notice.”") lean on the sentence that names the speaker.
     */
    static boolean whollyQuoted(String kept) {
        if (kept.isEmpty() || kept.charAt(0) != '"' && kept.charAt(0) != '“') {
            return false;
        }
        int close = -1;
        for (int i = 1; i < kept.length(); i++) {
            char c = kept.charAt(i);
            if (c == '"' || c == '”') {
                close = i;
                break;
            }
        }
        return close >= kept.length() - 2 && QUOTE_END.matcher(kept.substring(close + 1)).matches();
    }

    /** Whether the text speaks in the first person anywhere ("I" as a pronoun, "my", "we", "us" …). */
    static boolean speaksInFirstPerson(String text) {
        return FIRST_PERSON.matcher(text).find();
    }

    /**
     * The speaker's own voice: a quotation in the first person needs its speaker named. "I" is the
     * pronoun before a word in lower case, not a numeral after the noun or name it counts ("World
     * War I", "Elizabeth I").
     */
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "\\b(?:(?<!\\b(?:War|Title|Phase|Chapter|Part|Article|Section|Class|Stage|Type|Level|Division|Round|Act|Book|"
                    + "Volume|Series|Elizabeth|Charles|James|George|Henry|Edward|Louis|Paul|John|Peter|Philip)\\s)I(?=\\s+\\p{Ll})"
                    + "|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’]re|[Uu]s|[Oo]ur)\\b");

    /** What may follow a quotation's closing mark at the end of a sentence. */
    private static final Pattern QUOTE_END = Pattern.compile("[.!?]?");

    /** Whether the kept part is longer than a standalone sentence may be. */
    public static boolean tooLong(String kept) {
        return Words.count(kept) > MAX_WORDS;
    }

    private Optional<Span> keep(String sentence, boolean leaning, int maxWords) {
        int start = 0;
        int end = sentence.length();
        while (end > 0 && Character.isWhitespace(sentence.charAt(end - 1))) {
            end--;
        }
        int before = -1;
        boolean connected = false;
        while (start != before && start < end) {
            before = start;
            start = skipSpace(sentence, start);
            String rest = sentence.substring(start, end);
            if (!connected) {
                start += Credits.datelineLength(rest);
                rest = sentence.substring(start, end);
            }
            var credit = WIRE_CREDIT.matcher(rest);
            if (credit.find()) {
                start += credit.end();
                continue;
            }
            var leading = LEADING_CREDIT.matcher(rest);
            if (leading.find()) {
                start += leading.end();
                continue;
            }
            var connective = CONNECTIVE.matcher(rest);
            if (connective.find()) {
                start += connective.end();
                connected = true;
            }
        }
        start = skipSpace(sentence, start);
        if (start >= end) {
            return Optional.empty();
        }
        String kept = sentence.substring(start, end);
        return accepts(connected ? capitalised(kept) : kept, leaning, maxWords) ? Optional.of(new Span(start, end))
                : Optional.empty();
    }

    /** The text with its first letter in upper case, as a trimmed sentence starts. */
    public static String capitalised(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean accepts(String t) {
        return accepts(t, false, MAX_WORDS);
    }

    private static boolean accepts(String t, boolean leaning, int maxWords) {
        int words = Words.count(t);
        if (words < MIN_WORDS || words > maxWords || t.endsWith("?") || t.endsWith(":") || SiteNotice.is(t)
                || PhotoCaption.is(t)) {
            return false;
        }
        char first = t.charAt(0);
        // A lower-case start is a fragment; a letter of a script without case (Hangul, Arabic) is not.
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '“'
                || Character.isLetter(first) && !Character.isLowerCase(first) && Character.toUpperCase(first) == first
                        && Character.toLowerCase(first) == first;
        if (!opens) {
            return false;
        }
        return (leaning || !leans(t)) && !FURNITURE.matcher(t).find() && !BYLINE.matcher(t).find()
                && balancedQuotes(t) && !shouting(t) && endsLikeASentence(t) && !nameList(t);
    }

    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}");
    private static final int MIN_LIST_NAMES = 3;

    /**
     * Whether the sentence is only a list of names, a film's or a show's credits ("Jane Levy, Shiloh
     * Fernandez, Lou Taylor Pucci, Jessica Lucas, Elizabeth Blackmore."): it states nothing.
     */
    private static boolean nameList(String t) {
        String[] parts = t.replaceAll("[.!]+$", "").split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
        if (parts.length < MIN_LIST_NAMES) {
            return false;
        }
        for (String p : parts) {
            if (!NAME.matcher(p.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean balancedQuotes(String t) {
        long straight = t.chars().filter(c -> c == '"').count();
        long open = t.chars().filter(c -> c == '“').count();
        long close = t.chars().filter(c -> c == '”').count();
        return straight % 2 == 0 && open == close;
    }

    private static boolean shouting(String t) {
        long letters = t.chars().filter(Character::isLetter).count();
        long upper = t.chars().filter(Character::isUpperCase).count();
        return letters > 0 && upper * 2 > letters;
    }

    private static boolean endsLikeASentence(String t) {
        if (t.endsWith("...") || t.endsWith("…")) {
            return false; // a teaser cut short: "Pope Francis traveled Saturday to this hilltown south of Rome..."
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '"' || last == '”' || last == '\'' || last == '’' || last == ')';
    }
}
