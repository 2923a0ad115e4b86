package dev.parallax.eval.time;

import dev.parallax.core.annotate.Span;

/** A gold TIMEX3 of a TimeML document: its span in the document's plain text, type and value. */
record GoldTimex(Span span, String type, String value) {}
