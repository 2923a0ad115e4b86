package dev.parallax.core.digest;

import java.util.List;

/**
 * One utterance across outlets: its speaker, every wording, the channel it came through, and where.
 *
 * @param speaker who said it, the fullest name an outlet gives; null when none says
 * @param text the wording of the earliest article that carried it
 * @param variants every other wording (spelling, translation, truncation)
 * @param via the media that relayed it, nearest the speaker first, as the articles state it
 * @param sources every span that carries it
 * @param first id of the earliest article that carried it
 * @param reported true when {@code text} is the outlet's report of what was said with some of the
 *     speaker's words in quotation marks ("praised the soldiers as “heroes”"), false when it is the
 *     speaker's words throughout; renderers put quotation marks around {@code text} only in the
 *     latter case, and around a variant only when it holds no quotation marks of its own
 *     ({@link #quotesWithin})
 */
public record Quote(String speaker, String text, List<String> variants, List<String> via, List<SourceSpan> sources,
                    String first, boolean reported) {
    public Quote {
        variants = List.copyOf(variants);
        via = List.copyOf(via);
        sources = List.copyOf(sources);
    }

    /**
     * Whether a wording holds quotation marks of its own ('the "heroism" of the soldiers'): an
     * outlet's report quoting a few of the speaker's words, which gets no quotation marks around it.
     */
    public static boolean quotesWithin(String wording) {
        return wording.chars().anyMatch(c -> "\"“”«»„".indexOf(c) >= 0);
    }

    /** The same utterance under another speaker's name. */
    public Quote withSpeaker(String newSpeaker) {
        return new Quote(newSpeaker, text, variants, via, sources, first, reported);
    }
}
