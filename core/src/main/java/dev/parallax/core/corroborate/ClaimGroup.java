package dev.parallax.core.corroborate;

import dev.parallax.core.annotate.Sentence;
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

    public Claim toClaim() {
        List<SourceSpan> spans = members.stream()
                .map(m -> new SourceSpan(m.articleId(), m.sentence().span().start(), m.sentence().span().end()))
                .toList();
        return new Claim(representative.sentence().text(), spans, independentSources, status());
    }
}
