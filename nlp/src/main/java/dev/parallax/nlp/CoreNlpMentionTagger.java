package dev.parallax.nlp;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.entity.EntityMention;
import dev.parallax.core.annotate.entity.EntityType;
import dev.parallax.core.annotate.entity.MentionTagger;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * CoreNLP's named-entity mentions (its CRF models, coarse classes): persons, organisations,
 * locations and other names. Pronoun mentions ("he"), which CoreNLP adds for coreference, are
 * left out. English only.
 */
public final class CoreNlpMentionTagger implements MentionTagger {
    private final CoreNlpPipeline pipeline;

    public CoreNlpMentionTagger(CoreNlpPipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    @Override
    public boolean reads(String language) {
        return language == null || language.equals("en");
    }

    @Override
    public List<EntityMention> tag(String text) {
        return of(pipeline.annotate(text));
    }

    static List<EntityMention> of(CoreDocument doc) {
        List<EntityMention> out = new ArrayList<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            EntityType type = typeOf(m.entityType());
            if (type == null || m.tokens().stream().allMatch(CoreNlpMentionTagger::isPronoun)) {
                continue;
            }
            Span span = new Span(m.charOffsets().first(), m.charOffsets().second());
            out.add(new EntityMention(span, span.of(doc.text()), type));
        }
        out.sort(Comparator.comparingInt(e -> e.span().start()));
        List<EntityMention> disjoint = new ArrayList<>(out.size());
        int reached = 0;
        for (EntityMention e : out) {
            if (e.span().start() >= reached) {
                EntityMention last = disjoint.isEmpty() ? null : disjoint.get(disjoint.size() - 1);
                if (last != null && joinsPossessive(last, e)) {
                    Span joined = new Span(last.span().start(), e.span().end());
                    disjoint.set(disjoint.size() - 1, new EntityMention(joined, joined.of(doc.text()), e.type()));
                } else {
                    disjoint.add(e);
                }
                reached = e.span().end();
            }
        }
        return List.copyOf(disjoint);
    }

    /**
     * "Democratic People" + "'s Republic of Korea": the tagger cuts a name at its possessive and
     * starts the next mention with the "'s"; the two are one name, of the second's class.
     */
    private static boolean joinsPossessive(EntityMention before, EntityMention after) {
        String t = after.text();
        return before.span().end() == after.span().start() && (t.startsWith("'s ") || t.startsWith("’s "));
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("i", "me", "my", "mine", "you", "your", "yours",
            "he", "him", "his", "she", "her", "hers", "it", "its", "we", "us", "our", "ours", "they", "them", "their", "theirs");

    private static boolean isPronoun(CoreLabel token) {
        return PRONOUNS.contains(token.word().toLowerCase(java.util.Locale.ROOT));
    }

    private static EntityType typeOf(String nerTag) {
        return switch (nerTag) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> EntityType.MISC;
            default -> null;
        };
    }
}
