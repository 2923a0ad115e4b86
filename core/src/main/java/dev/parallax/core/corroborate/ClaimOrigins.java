package dev.parallax.core.corroborate;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.attribution.Attribution;
import dev.parallax.core.annotate.attribution.ChannelLink;
import dev.parallax.core.digest.Claim;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Says where a claim comes from, as its articles report it: the source of the attribution whose
 * content lies in one of the claim's statements, or of the quotation a statement lies inside (the
 * first statement that has one, in story order), and the media that relayed it, gathered over all its statements in order. A claim no
 * article attributes keeps a null origin: Parallax never guesses a source.
 *
 * <p>Relays are not independent confirmation: outlets that carry a statement "according to KCNA"
 * count once, as that medium, however many they are; copies of one article count once as before.
 */
public final class ClaimOrigins {
    private ClaimOrigins() {}

    /**
     * @param group the claim group
     * @param claim the group's claim
     * @param attributions each article's attributions, by article id
     * @param copyOf id of each syndicated copy → id of its original
     */
    public static Claim attribute(ClaimGroup group, Claim claim, Map<String, List<Attribution>> attributions,
            Map<String, String> copyOf) {
        String origin = null;
        Set<String> via = new LinkedHashSet<>();
        Set<String> independent = new HashSet<>();
        for (ClaimGroup.Member m : group.members()) {
            String relay = null;
            for (Attribution a : attributions.getOrDefault(m.articleId(), List.of())) {
                if (!inside(a, m.sentence().span())) {
                    continue;
                }
                if (origin == null && a.sourceName() != null && !a.sourceName().isBlank()) {
                    origin = a.sourceName();
                }
                for (ChannelLink link : a.channel()) {
                    if (link.role() == ChannelLink.Role.RELAY) {
                        via.add(link.name());
                        relay = relay == null ? link.name().toLowerCase(Locale.ROOT) : relay;
                    }
                }
            }
            independent.add(relay != null ? "relay:" + relay : copyOf.getOrDefault(m.articleId(), m.articleId()));
        }
        Claim counted = independent.size() == claim.independentSources() ? claim : claim.counted(independent.size());
        return origin == null && via.isEmpty() ? counted : counted.from(origin, new ArrayList<>(via));
    }

    /**
     * Whether the attribution's content starts within the sentence and its cue lies there too, or
     * the sentence starts inside a quotation of several sentences ("“It's an emotional issue. I'm
     * trying to be respectful. It's bigger than us,” he said": the middle one is his too).
     */
    private static boolean inside(Attribution a, Span sentence) {
        Span content = a.content().get(0);
        boolean here = sentence.start() <= content.start() && content.start() < sentence.end()
                && sentence.start() <= a.cue().start() && a.cue().start() < sentence.end();
        Span extent = a.contentExtent();
        return here || a.kind() == Attribution.Kind.DIRECT && extent.start() < sentence.start() && sentence.start() < extent.end();
    }
}
