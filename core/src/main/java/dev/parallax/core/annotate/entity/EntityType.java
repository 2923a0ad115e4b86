package dev.parallax.core.annotate.entity;

/** The coarse class of a named entity (CoNLL's four). */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    /** Nationalities, events, works and other names: "North Korean", "Olympics". */
    MISC
}
