package dev.parallax.core.clean;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reconciles a publication time written in UTC with the day a page shows its readers. Many sites
 * write machine times in UTC ({@code Z}, {@code +00:00}) whatever their own zone, so a story
 * published late in the evening east of Greenwich, or at night west of it, carries a UTC day one
 * off from the day printed under its headline — and that printed day is the publisher's.
 */
final class UtcStamps {
    private UtcStamps() {}

    /** The furthest zones from UTC that are in use: UTC−12 and UTC+14. */
    private static final int WEST = -12;
    private static final int EAST = 14;

    /**
     * The shown day when {@code iso} is a UTC date-time and the shown day is the day before or
     * after it that some zone in use puts that instant on; else empty (the stamp stands).
     *
     * @param iso a normalised publication value ({@link IsoDates})
     * @param shown the date shown closest to the headline, computed only when needed
     */
    static Optional<String> localDay(String iso, Supplier<Optional<LocalDate>> shown) {
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        if (!t.getOffset().equals(ZoneOffset.UTC)) {
            return Optional.empty(); // a stated offset is the publisher's own
        }
        LocalDate earliest = t.withOffsetSameInstant(ZoneOffset.ofHours(WEST)).toLocalDate();
        LocalDate latest = t.withOffsetSameInstant(ZoneOffset.ofHours(EAST)).toLocalDate();
        return shown.get().filter(d -> !d.equals(t.toLocalDate()) && !d.isBefore(earliest) && !d.isAfter(latest))
                .map(LocalDate::toString);
    }
}
