package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves pronoun sources ("he said") to the nearest earlier named source of the article that
 * fits: he/she to a person (a name of two or more capitalised words, or a single capitalised
 * word already used as a person), it to an organisation, they to any named source. A pronoun with
 * no fitting antecedent stays unresolved. Stateless and thread-safe.
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
            if (a.source() != null && SourcePhrases.isPronoun(a.sourceName())) {
                String p = a.sourceName().strip().toLowerCase(Locale.ROOT);
                Attribution antecedent = find(out, p);
                if (antecedent != null) {
                    Span from = antecedent.resolvedFrom() != null ? antecedent.resolvedFrom() : antecedent.source();
                    String name = antecedent.sourceName();
                    a = a.withSourceName(name, from);
                    if (!a.channel().isEmpty() && a.channel().get(0).role() == ChannelLink.Role.SPEAKER) {
                        List<ChannelLink> links = new ArrayList<>(a.channel());
                        ChannelLink first = links.get(0);
                        links.set(0, new ChannelLink(name, first.span(), first.role(), first.relation()));
                        a = a.withChannel(links);
                    }
                }
            }
            out.add(a);
        }
        return out;
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
