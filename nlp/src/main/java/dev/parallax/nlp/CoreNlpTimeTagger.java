package dev.parallax.nlp;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.time.Precision;
import dev.parallax.core.annotate.time.TimeAnchor;
import dev.parallax.core.annotate.time.TimeExpression;
import dev.parallax.core.annotate.time.TimeTagger;
import dev.parallax.core.annotate.time.TimexType;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * SUTime's time expressions as CoreNLP's named-entity step finds them: every DATE, TIME, DURATION
 * and SET mention with its TIMEX3 type and value, untouched. English only.
 */
public final class CoreNlpTimeTagger implements TimeTagger {
    private final CoreNlpPipeline pipeline;

    public CoreNlpTimeTagger(CoreNlpPipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    @Override
    public boolean reads(String language) {
        return language == null || language.equals("en");
    }

    @Override
    public List<TimeExpression> tag(String text, TimeAnchor anchor) {
        return of(pipeline.annotate(text, anchor));
    }

    /** The time expressions of an annotated document, in text order. */
    static List<TimeExpression> of(CoreDocument doc) {
        String text = doc.text();
        List<TimeExpression> out = new ArrayList<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            TimexType type = typeOf(m);
            if (type == null) {
                continue;
            }
            Timex timex = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
            Span span = new Span(m.charOffsets().first(), m.charOffsets().second());
            String value = timex == null ? null : timex.value();
            if (timex != null && timex.timexType() != null) {
                type = TimexType.valueOf(timex.timexType().toUpperCase(Locale.ROOT));
            }
            out.add(new TimeExpression(span, span.of(text), type, value, Precision.of(value), null));
        }
        out.sort(Comparator.comparingInt((TimeExpression t) -> t.span().start()));
        return List.copyOf(out);
    }

    private static TimexType typeOf(CoreEntityMention m) {
        return switch (m.entityType()) {
            case "DATE" -> TimexType.DATE;
            case "TIME" -> TimexType.TIME;
            case "DURATION" -> TimexType.DURATION;
            case "SET" -> TimexType.SET;
            default -> null;
        };
    }
}
