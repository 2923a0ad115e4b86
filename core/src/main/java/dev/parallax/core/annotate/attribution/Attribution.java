package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import java.util.List;
import java.util.Objects;

/**
 * One statement an article attributes to a source: what was said (or thought), the word that
 * says so, and who said it. Every span is a character range into the article text the
 * attribution was extracted from.
 *
 * @param kind direct quote, partial quote or reported speech
 * @param content what was said, in order; more than one fragment when the cue or a narrator's
 *        sentence splits it ("…," she said, "…"); never empty
 * @param cue the words that mark the attribution ("said", "told", "according to")
 * @param source the source as the text names it ("Wilcox, an Orlando Republican,", "he"), or
 *        null when the article names none ("it was announced that …")
 * @param sourceName the source cleaned for display (titles and appositions dropped, "the
 *        Foreign Ministry" kept), or null with {@code source}
 * @param resolvedFrom for a pronoun source ("he said"), the earlier named source it was
 *        resolved to; null when the source is a name or could not be resolved
 * @param channel the chain from the original speaker through each relaying medium, when the
 *        article states one ("according to Xinhua"); empty otherwise
 */
public record Attribution(Kind kind, List<Span> content, Span cue, Span source, String sourceName,
                          Span resolvedFrom, List<ChannelLink> channel) {

    /** How the content is given. */
    public enum Kind {
        /** The content is a quotation in quotation marks. */
        DIRECT,
        /** Reported speech that quotes some of the source's words ("called the plan “reckless”"). */
        PARTIAL,
        /** Reported speech, without quotation marks. */
        REPORTED
    }

    public Attribution {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
        content = List.copyOf(content);
        channel = List.copyOf(channel);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs content");
        }
        if (source == null && (sourceName != null || resolvedFrom != null)) {
            throw new IllegalArgumentException("a source name without a source span");
        }
    }

    /** The first character of the content to the last. */
    public Span contentExtent() {
        return new Span(content.get(0).start(), content.get(content.size() - 1).end());
    }

    /**
     * Whether the cue reports speech or writing ("said", "told", "according to", a headline's colon)
     * rather than thought, stance or a frame with no verb of saying ("believes", "praised", "is
     * expected"), so that the content is an utterance.
     *
     * @param text the article text the attribution was extracted from
     */
    public boolean isSpeech(String text) {
        String words = cue.of(text).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        if (words.equals(":") || words.startsWith("according")) {
            return true;
        }
        for (String w : words.split("[^\\p{L}']+")) {
            if (CueLexicon.standard().classOf(w).orElse(null) == CueLexicon.CueClass.SPEECH) {
                return true;
            }
        }
        return false;
    }

    /** Whether the source is a pronoun resolved to an earlier named source. */
    public boolean resolved() {
        return resolvedFrom != null;
    }

    Attribution withContent(List<Span> newContent) {
        return new Attribution(kind, newContent, cue, source, sourceName, resolvedFrom, channel);
    }

    Attribution withKind(Kind newKind) {
        return new Attribution(newKind, content, cue, source, sourceName, resolvedFrom, channel);
    }

    Attribution withSourceName(String name, Span from) {
        return new Attribution(kind, content, cue, source, name, from, channel);
    }

    Attribution withChannel(List<ChannelLink> links) {
        return new Attribution(kind, content, cue, source, sourceName, resolvedFrom, links);
    }
}
