package dev.parallax.nlp;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.time.Precision;
import dev.parallax.core.annotate.time.TimeAnchor;
import dev.parallax.core.annotate.time.TimeExpression;
import dev.parallax.core.annotate.time.TimeTagger;
import dev.parallax.core.annotate.time.TimexType;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** SUTime's time expressions with their TIMEX3 types and values, as CoreNLP gives them. English only. */
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
        return of(pipeline.annotateTimes(text, anchor));
    }

    /** The time expressions of an annotated document, in text order, overlapping ones left out. */
    static List<TimeExpression> of(CoreDocument doc) {
        String text = doc.text();
        List<CoreMap> timexes = doc.annotation().get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) {
            return List.of();
        }
        List<TimeExpression> out = new ArrayList<>();
        for (CoreMap m : timexes) {
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (timex == null || begin == null || end == null || timex.timexType() == null) {
                continue;
            }
            Span span = new Span(begin, end);
            TimexType type = TimexType.valueOf(timex.timexType().toUpperCase(Locale.ROOT));
            String value = timex.value();
            out.add(new TimeExpression(span, span.of(text), type, value, Precision.of(value), null));
        }
        out.sort(Comparator.comparingInt((TimeExpression t) -> t.span().start()).thenComparingInt(t -> -t.span().end()));
        List<TimeExpression> disjoint = new ArrayList<>(out.size());
        int reached = 0;
        for (TimeExpression t : out) {
            if (t.span().start() >= reached) {
                disjoint.add(t);
                reached = t.span().end();
            }
        }
        return List.copyOf(disjoint);
    }
}
