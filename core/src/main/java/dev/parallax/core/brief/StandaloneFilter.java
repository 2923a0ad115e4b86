package dev.parallax.core.brief;

import dev.parallax.core.annotate.Words;
import dev.parallax.core.clean.Credits;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a source sentence can stand alone in a brief, and trims what a reader of a
 * brief does not need: a wire dateline ({@code DENVER (AP) —}). Rejects fragments (lower-case
 * start, unbalanced quotes), sentences that lean on an earlier one (pronoun or connective first),
 * questions and lead-ins, page furniture (bylines, photo credits, links, calls to subscribe or
 * follow), shouting, and sentences too short to carry a statement or too long to read.
 */
public final class StandaloneFilter {
    private static final Pattern DANGLING = Pattern.compile(
            "^(he|she|it|they|this|that|these|those|his|her|its|their|him|them|there|here|"
                    + "but|and|or|so|also|however|meanwhile|still|yet|instead|"
                    + "then|thus|indeed|in addition|as a result|that's|it's|he's|she's|they're|others|another|such)\\b"
                    // A definite shell noun ("the admission", "the move") points back at a statement
                    // or act the brief may not carry (Schmid 2000, "English Abstract Nouns as
                    // Conceptual Shells").
                    + "|^the (move|decision|step|report|reports|statement|announcement|admission|acknowledg(e)?ment|"
                    + "confirmation|remarks?|comments?|claims?|allegations?|revelation|disclosure|development|"
                    + "incident|news|latest|same)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FURNITURE = Pattern.compile(
            "https?://|www\\.|\\.com/|@\\w|\\b(click|subscribe|sign up|newsletter|follow (us|him|her|me)|read more|"
                    + "advertisement|copyright|all rights reserved|getty images|photo:|image:|photograph:|caption|"
                    + "contributed to this report|reporting by|editing by|writing by|email|e-mail|twitter|facebook|"
                    + "instagram|cookies|terms of (use|service)|privacy policy)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^(by|posted|updated|published|last modified)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A wire credit with no place before it: "(Reuters) -"; with a place it is a dateline. */
    private static final Pattern WIRE_CREDIT = Pattern.compile("^\\(\\p{Lu}[^)]{1,39}\\)\\s*[—–:-]+\\s*");
    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 55;

    /** The sentence as a brief would show it, dateline trimmed; empty when it cannot stand alone. */
    public Optional<String> standalone(String sentence) {
        String t = sentence.strip();
        t = t.substring(Credits.datelineLength(t));
        t = WIRE_CREDIT.matcher(t).replaceFirst("").strip();
        return accepts(t) ? Optional.of(t) : Optional.empty();
    }

    static boolean accepts(String t) {
        int words = Words.count(t);
        if (words < MIN_WORDS || words > MAX_WORDS || t.endsWith("?") || t.endsWith(":")) {
            return false;
        }
        char first = t.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && first != '"' && first != '“') {
            return false;
        }
        return !DANGLING.matcher(t).find() && !FURNITURE.matcher(t).find() && !BYLINE.matcher(t).find()
                && balancedQuotes(t) && !shouting(t) && endsLikeASentence(t);
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
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '"' || last == '”' || last == '\'' || last == '’' || last == ')';
    }
}
