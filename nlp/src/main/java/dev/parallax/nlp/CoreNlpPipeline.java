package dev.parallax.nlp;

import dev.parallax.core.annotate.time.TimeAnchor;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Stanford CoreNLP, set up once for Parallax: tokens, sentences, parts of speech, lemmas and named
 * entities with SUTime, nothing heavier (no parser, no coreference). Loading takes seconds and
 * hundreds of megabytes, so use the one {@link NlpModels#coreNlp()} shares; annotating is
 * thread-safe.
 *
 * <p>Settings and why: {@code ner.applyFineGrained=false} keeps the coarse PERSON / ORGANIZATION
 * / LOCATION / MISC classes (fine-grained regexner costs time and splits LOCATION into
 * COUNTRY, CITY, … by a fixed gazetteer); a line break always ends a sentence, as in
 * {@link OpenNlpSentenceSplitter}, since cleaned articles keep one paragraph a line. Time
 * expressions come from SUTime's own annotator rather than from inside the named-entity step
 * ({@code ner.useSUTime=false}): run alone it keeps whole expressions ("May 2024",
 * "5 p.m. EST Nov. 9") where the entity mentions split them at every change of value, and SUTime
 * then runs once, not twice.
 */
public final class CoreNlpPipeline {
    private final StanfordCoreNLP pipeline;

    /** Loads the models; prefer {@link NlpModels#coreNlp()}, which loads them once. */
    public CoreNlpPipeline() {
        this.pipeline = new StanfordCoreNLP(properties());
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,sutime");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("customAnnotatorClass.sutime", "edu.stanford.nlp.time.TimeAnnotator");
        p.setProperty("sutime.includeRange", "true");
        return p;
    }

    /** Annotates {@code text}, reading relative dates against {@code anchor}'s day. */
    public CoreDocument annotate(String text, TimeAnchor anchor) {
        Objects.requireNonNull(text, "text");
        CoreDocument doc = new CoreDocument(text);
        if (anchor != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class,
                    anchor.date().format(DateTimeFormatter.ISO_LOCAL_DATE.withLocale(Locale.ROOT)));
        }
        pipeline.annotate(doc);
        return doc;
    }
}
