package dev.parallax.core.clean;

/**
 * When an article says it was published and last updated, as ISO 8601 strings at the precision
 * the source gives (see {@link #precision(String)}); either is null when not stated.
 *
 * @param published the first publication ("First published …", "Posted …", or a stamp without a word)
 * @param updated the latest update stated ("Updated: …", "Last updated …")
 */
public record PublicationDates(String published, String updated) {

    static final PublicationDates NONE = new PublicationDates(null, null);

    /** How much of a date-time a value states. */
    public enum Precision { DAY, MINUTE, SECOND }

    /** The precision of an ISO 8601 value: {@code 2024-03-12} a day, {@code 2024-03-12T09:41Z} a minute. */
    public static Precision precision(String iso) {
        if (iso.length() <= 10) {
            return Precision.DAY;
        }
        // yyyy-mm-ddThh:mm then, for seconds, ":ss"
        return iso.length() > 16 && iso.charAt(16) == ':' ? Precision.SECOND : Precision.MINUTE;
    }

    /** Whether the value states its offset from UTC (a time zone), not only a local time or a day. */
    public static boolean zoned(String iso) {
        return iso.length() > 10 && (iso.endsWith("Z") || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10);
    }
}
