package dev.parallax.store;

/**
 * One recorded rejection: an input (a file, a URL, a feed) that did not become an article.
 *
 * @param seq the store-wide order of the record; higher is newer (the cursor of the next page)
 * @param input the input's name, as its source gave it
 * @param reason why it was rejected, in words a person can act on
 * @param at ISO 8601 instant it was recorded
 */
public record RejectionRow(long seq, String input, String reason, String at) {}
