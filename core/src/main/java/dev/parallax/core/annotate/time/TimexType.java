package dev.parallax.core.annotate.time;

/** The TIMEX3 type of a time expression (TimeML 1.2.1). */
public enum TimexType {
    /** A calendar date or a period named as one: "Friday", "last October", "1998". */
    DATE,
    /** A time of day, possibly with its date: "3 p.m.", "Friday morning". */
    TIME,
    /** A length of time: "two weeks", "three years". */
    DURATION,
    /** A recurrence: "every Monday", "weekly". */
    SET
}
