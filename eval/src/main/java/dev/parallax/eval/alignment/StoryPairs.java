package dev.parallax.eval.alignment;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.corroborate.ClaimGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One gold story of the alignment evaluation: its documents as annotated articles, every selected
 * sentence numbered within the story, and the gold cross-document pairs among them. A pair is a
 * {@code long} key of its two sentence numbers, smaller first.
 *
 * @param story the gold story's name, e.g. {@code 3ecbplus}
 * @param articles the story's documents, their sentences the selected ones
 * @param sentences every selected sentence in story order
 * @param document for each sentence, the index of its document
 * @param gold gold aligned pairs: different documents, one shared event chain
 */
record StoryPairs(String story, List<AnnotatedArticle> articles, List<Sentence> sentences, int[] document, Set<Long> gold) {

    static StoryPairs of(String story, List<SentenceDocument> docs, List<AnnotatedArticle> articles) {
        List<Sentence> sentences = new ArrayList<>();
        List<Integer> document = new ArrayList<>();
        List<Set<String>> events = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            for (int i = 0; i < docs.get(d).selected().size(); i++) {
                sentences.add(articles.get(d).sentences().get(i));
                document.add(d);
                events.add(docs.get(d).selected().get(i).events());
            }
        }
        Set<Long> gold = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (int j = i + 1; j < sentences.size(); j++) {
                if (!document.get(i).equals(document.get(j)) && events.get(i).stream().anyMatch(events.get(j)::contains)) {
                    gold.add(key(i, j));
                }
            }
        }
        return new StoryPairs(story, articles, sentences, document.stream().mapToInt(Integer::intValue).toArray(), gold);
    }

    static long key(int i, int j) {
        return ((long) Math.min(i, j) << 32) | Math.max(i, j);
    }

    /** Scores claim groups: every two members of a group are a predicted pair. */
    PairCounts counts(List<ClaimGroup> groups) {
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            number.put(articles.get(document[i]).id() + "#" + sentences.get(i).index(), i);
        }
        Set<Long> predicted = new HashSet<>();
        for (ClaimGroup g : groups) {
            List<Integer> members = g.members().stream()
                    .map(m -> number.get(m.articleId() + "#" + m.sentence().index())).toList();
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    predicted.add(key(members.get(a), members.get(b)));
                }
            }
        }
        return PairCounts.of(predicted, gold);
    }
}
