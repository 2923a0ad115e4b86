package dev.parallax.core.corroborate;

import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.clean.Credits;
import dev.parallax.core.digest.Claim;
import dev.parallax.core.digest.SourceSpan;
import java.util.List;

/**
 * Statements from different articles of a story that say the same thing.
 *
 * @param members one statement per article, in story order
 * @param representative the member whose wording stands for the group (the medoid)
 * @param independentSources distinct originals among the members (copies of one article count once)
 */
public record ClaimGroup(List<Member> members, Member representative, int independentSources) {
    public ClaimGroup {
        members = List.copyOf(members);
    }

    /** A statement of one article. */
    public record Member(String articleId, Sentence sentence) {}

    public List<String> articleIds() {
        return members.stream().map(Member::articleId).toList();
    }

    public Claim.Status status() {
        return independentSources >= 2 ? Claim.Status.CORROBORATED : Claim.Status.SINGLE_SOURCE;
    }

    /**
     * The group as a claim: the representative's words, and every member's sentence as a span. A
     * dateline that opens a sentence ("Seoul, April 27 Russia confirmed…") is left out of both, so
     * the claim reads as the statement it is and its spans still match its words.
     */
    public Claim toClaim() {
        List<SourceSpan> spans = members.stream()
                .map(m -> new SourceSpan(m.articleId(), m.sentence().span().start() + dateline(m.sentence()),
                        m.sentence().span().end()))
                .toList();
        String text = representative.sentence().text();
        return new Claim(text.substring(dateline(representative.sentence())), spans, independentSources, status());
    }

    private static int dateline(Sentence s) {
        return Credits.datedDatelineLength(s.text());
    }
}
