package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import java.util.Objects;

/**
 * One link of the chain by which a statement reached the article: the original speaker first,
 * then each medium that relayed it, nearest the article last.
 *
 * @param name the speaker or medium as the text names it, cleaned ("Xinhua", "state broadcaster CCTV")
 * @param span where the text names it
 * @param role whether this link said it or relayed it
 * @param relation the words that tie it to the chain ("according to", "carried by", "in a post
 *        on", "citing"); empty for the original speaker named as the attribution's source
 */
public record ChannelLink(String name, Span span, Role role, String relation) {

    /** The part a link plays in the chain. */
    public enum Role { SPEAKER, RELAY }

    public ChannelLink {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(relation, "relation");
    }
}
