package dev.parallax.core.clean;

/**
 * What a cleaner read from one document: the body and whatever metadata it could find (null when
 * not found).
 */
public record Extracted(String title, String outlet, String published, String text) {}
