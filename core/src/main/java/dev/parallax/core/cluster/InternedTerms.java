package dev.parallax.core.cluster;

/**
 * An article's {@link ArticleTerms} with their terms interned in one {@link DocumentFrequencies}:
 * read once per arrival and compared with every candidate story.
 *
 * @param epochDay day of publication since 1970-01-01, or null when unknown
 */
record InternedTerms(TermWeights entities, TermWeights lead, TermWeights keywords, Long epochDay) {

    static InternedTerms of(ArticleTerms terms, DocumentFrequencies df) {
        return new InternedTerms(TermWeights.of(terms.entities(), df), TermWeights.of(terms.lead(), df),
                TermWeights.of(terms.keywords(), df), terms.epochDay());
    }
}
