package dev.parallax.core.digest;

/** A character range {@code [start, end)} of an article's cleaned {@code text}. */
public record SourceSpan(String article, int start, int end) {}
