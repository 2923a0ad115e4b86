package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves pronoun sources ("he said") to the nearest earlier named source of the article that
 * fits: he/she to a person (a name of two or more capitalised words, or a single capitalised
 * word already used as a person), it to an organisation, they to any named source. A pronoun with
 * no fitting antecedent stays unresolved. A document as the source ("the post said", "the
 * statement added") resolves to whoever the article said issued it ("the ministry said in a
 * statement"). Stateless and thread-safe.
 */
final class SourceResolver {
    private SourceResolver() {}

    private static final Set<String> ORGANISATION_WORDS = Set.of("ministry", "department", "office", "party",
            "committee", "commission", "council", "agency", "government", "administration", "campaign", "company",
            "group", "association", "union", "court", "army", "police", "board", "bureau", "service", "institute",
            "foundation", "center", "centre", "organization", "organisation", "parliament", "congress", "senate",
            "house", "embassy", "kremlin", "corporation", "bank", "university", "network", "coalition", "alliance");

    static List<Attribution> resolve(String text, List<Attribution> in) {
        List<Attribution> out = new ArrayList<>(in.size());
        for (Attribution a : in) {
            Attribution author = a.source() == null ? null : authorOf(text, out, a);
            Attribution antecedent = author != null ? author
                    : a.source() != null && SourcePhrases.isPronoun(a.sourceName())
                    ? find(out, a.sourceName().strip().toLowerCase(Locale.ROOT)) : null;
            if (antecedent != null) {
                a = renamed(a, antecedent);
            }
            out.add(a);
        }
        return out;
    }

    /** {@code a} with {@code antecedent}'s source as its name, in its chain too. */
    private static Attribution renamed(Attribution a, Attribution antecedent) {
        Span from = antecedent.resolvedFrom() != null ? antecedent.resolvedFrom() : antecedent.source();
        String name = antecedent.sourceName();
        a = a.withSourceName(name, from);
        if (!a.channel().isEmpty() && a.channel().get(0).role() == ChannelLink.Role.SPEAKER) {
            List<ChannelLink> links = new ArrayList<>(a.channel());
            ChannelLink first = links.get(0);
            links.set(0, new ChannelLink(name, first.span(), first.role(), first.relation()));
            a = a.withChannel(links);
        }
        return a;
    }

    /** A source that is a document named before: "the post said", "the Telegram statement added". */
    private static final Pattern DOCUMENT = Pattern.compile(
            "(?i)(?:the|this|that)\\s+(?:[\\p{L}-]+\\s+)?(post|statement|letter|communiqu[eé]|message|tweet|video|release|note)");
    /** How far back, in characters, the attribution that named the document may lie. */
    private static final int DOCUMENT_REACH = 1500;

    /**
     * The earlier attribution whose source issued the document that {@code a}'s source names ("X
     * said in a Telegram post … the post said" → X), or null: its cue must be followed within a
     * few words by that document ("in a Telegram post").
     */
    private static Attribution authorOf(String text, List<Attribution> earlier, Attribution a) {
        Matcher m = DOCUMENT.matcher(a.sourceName() == null ? "" : a.sourceName().strip());
        if (!m.matches()) {
            return null;
        }
        Pattern issued = Pattern.compile("(?i)^\\W*(?:\\p{L}+\\s+){0,2}in\\s+(?:a|an|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}"
                + Pattern.quote(m.group(1)) + "\\b");
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Attribution e = earlier.get(i);
            if (e.cue().start() < a.cue().start() - DOCUMENT_REACH) {
                break;
            }
            if (e.source() == null || e.sourceName() == null || SourcePhrases.isPronoun(e.sourceName()) && !e.resolved()) {
                continue;
            }
            String after = text.substring(e.cue().end(), Math.min(text.length(), e.cue().end() + 60));
            if (issued.matcher(after).find()) {
                return e;
            }
        }
        return null;
    }

    private static Attribution find(List<Attribution> earlier, String pronoun) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Attribution e = earlier.get(i);
            if (e.source() == null || e.sourceName() == null || e.sourceName().isEmpty()) {
                continue;
            }
            boolean named = Character.isUpperCase(e.sourceName().charAt(0)) && !SourcePhrases.isPronoun(e.sourceName())
                    || e.resolved();
            if (!named) {
                continue;
            }
            boolean organisation = isOrganisation(e.sourceName());
            switch (pronoun) {
                case "he", "she" -> {
                    if (!organisation) {
                        return e;
                    }
                }
                case "it" -> {
                    if (organisation) {
                        return e;
                    }
                }
                case "they" -> {
                    return e;
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    static boolean isOrganisation(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (ORGANISATION_WORDS.contains(w)) {
                return true;
            }
        }
        return ChannelFinder.isMedium(Token.of(name, 0, name.length()));
    }
}
