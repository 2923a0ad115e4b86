package dev.parallax.eval.summary;

/** ROUGE-1, ROUGE-2 and summary-level ROUGE-L of one candidate summary against one reference. */
public record RougeScores(RougeScore rouge1, RougeScore rouge2, RougeScore rougeL) {}
