package dev.parallax.nlp;

import dev.parallax.core.annotate.time.TimeAnchor;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Stanford CoreNLP, set up once for Parallax: tokens, sentences and named entities, then SUTime;
 * nothing heavier (no parts of speech, no parser, no coreference). Loading takes seconds and
 * hundreds of megabytes, so use the one {@link NlpModels#coreNlp()} shares; annotating is
 * thread-safe.
 *
 * <p>Settings and why: {@code ner.applyFineGrained=false} keeps the coarse PERSON / ORGANIZATION
 * / LOCATION / MISC classes (fine-grained regexner costs time and splits LOCATION into
 * COUNTRY, CITY, … by a fixed gazetteer); one of the three default CRF models, CoNLL's 4-class
 * model, trained on Reuters news, which gives MISC too (the 3-class model trained on more data
 * ran before it until now: the two cost 32 ms of CPU for a 600-word article, this one alone 17,
 * and on a five-article story it finds places and agencies the pair missed, "Kyiv" and "ANI",
 * while once taking a surname for a place; MUC's 7-class model only adds
 * dates, times, money and percentages, which SUTime and the quantity reader cover), no numeric
 * classifiers and therefore no part-of-speech tagger, which they needed (measured on ~600-word
 * articles: the tagger cost 70 ms an article, each CRF 15–40 ms; SUTime reads tense from the tags,
 * but {@code TimeCorrections} places weekdays and months by tense itself, and without the tags
 * Parallax's value F1 on TempEval-3 moves from 0.748 to 0.741 on TimeBank and not at all on
 * AQUAINT); a line break always ends a sentence, as in
 * {@link OpenNlpSentenceSplitter}, since cleaned articles keep one paragraph a line. Time
 * expressions come from SUTime's own annotator rather than from inside the named-entity step
 * ({@code ner.useSUTime=false}): run alone it keeps whole expressions ("May 2024",
 * "5 p.m. EST Nov. 9") where the entity mentions split them at every change of value. SUTime's
 * rules are the costliest step (its cost grows with every token: about 94 ms of CPU for a
 * 600-word article read whole), so it reads only the stretches from five tokens before to three
 * after a word or number that can make a time expression ({@link TimeCueSentences}: about 18 ms;
 * whole sentences with such a word cost 45–50 ms, and the stretches leave TempEval-3 value F1 as it was). It runs
 * after the rest, per call, because only it depends on the publication date: each thread keeps
 * its last text's annotation, so the entities and the times of one article cost one pass.
 */
public final class CoreNlpPipeline {
    private final StanfordCoreNLP pipeline;
    private final TimeAnnotator sutime;
    private final ThreadLocal<CoreDocument> last = new ThreadLocal<>();

    /** Loads the models; prefer {@link NlpModels#coreNlp()}, which loads them once. */
    public CoreNlpPipeline() {
        Properties p = properties();
        this.pipeline = new StanfordCoreNLP(p);
        this.sutime = new TimeAnnotator("sutime", p);
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        return p;
    }

    /** Tokens, sentences, parts of speech, lemmas and entity mentions of {@code text}. */
    public CoreDocument annotate(String text) {
        Objects.requireNonNull(text, "text");
        CoreDocument doc = last.get();
        if (doc != null && doc.text().equals(text)) {
            return doc;
        }
        doc = new CoreDocument(text);
        pipeline.annotate(doc);
        last.set(doc);
        return doc;
    }

    /** {@link #annotate} with SUTime's time expressions, relative ones read against {@code anchor}'s day (null: unresolved). */
    public CoreDocument annotateTimes(String text, TimeAnchor anchor) {
        CoreDocument doc = annotate(text);
        if (anchor != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class,
                    anchor.date().format(DateTimeFormatter.ISO_LOCAL_DATE.withLocale(Locale.ROOT)));
        } else {
            doc.annotation().remove(CoreAnnotations.DocDateAnnotation.class);
        }
        Annotation timed = TimeCueSentences.of(doc.annotation());
        sutime.annotate(timed);
        doc.annotation().set(TimeAnnotations.TimexAnnotations.class, valuedParts(timed));
        return doc;
    }

    /**
     * SUTime's expressions, each it joined but could not value replaced by what it reads in the
     * parts ({@link TimeCueSentences#partsOf}): "Nov. 3, the day before" gives Nov. 3.
     */
    private List<CoreMap> valuedParts(Annotation timed) {
        List<CoreMap> timexes = timed.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) {
            return null;
        }
        List<CoreMap> unvalued = timexes.stream().filter(m -> !valued(m)).toList();
        if (unvalued.isEmpty()) {
            return timexes;
        }
        Annotation parts = TimeCueSentences.partsOf(timed, unvalued);
        sutime.annotate(parts);
        List<CoreMap> found = parts.get(TimeAnnotations.TimexAnnotations.class);
        List<CoreMap> valuedParts = found == null ? List.of() : found.stream().filter(CoreNlpPipeline::valued).toList();
        List<CoreMap> out = new ArrayList<>(valuedParts);
        for (CoreMap m : timexes) {
            // One without a valued part stays as SUTime gave it.
            if (valued(m) || valuedParts.stream().noneMatch(p -> within(p, m))) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(m -> m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)));
        return out;
    }

    private static boolean within(CoreMap part, CoreMap whole) {
        return part.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) >= whole.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
                && part.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) <= whole.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    private static boolean valued(CoreMap m) {
        Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
        return t != null && t.value() != null;
    }
}
