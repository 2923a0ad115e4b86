package dev.parallax.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The sentences of an annotated document that SUTime can find something in: those with a digit, a
 * month or weekday name, a unit or word of time ("weeks", "ago", "yesterday", "now", "quarter",
 * "summer"). Number words need a unit to make a time ("two years"), so they are no cue alone. A sentence without any of them holds no time
 * expression SUTime's English rules read, so skipping it changes nothing but the time spent.
 */
final class TimeCueSentences {
    private static final Pattern CUE = Pattern.compile(".*\\d.*"
            + "|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october"
            + "|nov|november|dec|december|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday"
            + "|sat|saturday|sun|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays"
            + "|years?|yearly|months?|monthly|weeks?|weekly|weekends?|days?|daily|today|tonight|yesterday|tomorrow"
            + "|now|nowadays|current|currently|recent|recently|ago|earlier|later|past|future|previous|previously|once|formerly"
            + "|mornings?|afternoons?|evenings?|nights?|nightly|noon|midday|midnight|overnight|dawn|dusk|hours?|hourly|minutes?"
            + "|seconds?|decades?|century|centuries|millennium|quarters?|quarterly|semesters?|seasons?|spring|summer|autumn|fall"
            + "|winter|annual|annually|fortnight|christmas|easter|thanksgiving|ramadan|eid|diwali|eve|holidays?"
            + "|time|times|moment|period|soon|then|lately|meanwhile");

    private TimeCueSentences() {}

    /** A view of {@code doc} with only its sentences that hold a time cue (the same token objects, offsets and date). */
    static Annotation of(Annotation doc) {
        Annotation sub = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
        if (date != null) {
            sub.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        List<CoreMap> sentences = new ArrayList<>();
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> st = s.get(CoreAnnotations.TokensAnnotation.class);
            if (st.stream().anyMatch(t -> CUE.matcher(t.word().toLowerCase(Locale.ROOT)).matches())) {
                sentences.add(s);
                tokens.addAll(st);
            }
        }
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sub;
    }
}
