package dev.parallax.core.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PrecisionTest {
    @Test
    void readsThePrecisionOfTimexValues() {
        assertThat(Precision.of("2025-04-26")).isEqualTo(Precision.DAY);
        assertThat(Precision.of("2025-04")).isEqualTo(Precision.MONTH);
        assertThat(Precision.of("2025")).isEqualTo(Precision.YEAR);
        assertThat(Precision.of("197")).isEqualTo(Precision.DECADE);
        assertThat(Precision.of("19")).isEqualTo(Precision.CENTURY);
        assertThat(Precision.of("2025-W17")).isEqualTo(Precision.WEEK);
        assertThat(Precision.of("2025-W17-WE")).isEqualTo(Precision.WEEK);
        assertThat(Precision.of("2025-Q1")).isEqualTo(Precision.QUARTER);
        assertThat(Precision.of("2025-H2")).isEqualTo(Precision.HALF_YEAR);
        assertThat(Precision.of("2025-SU")).isEqualTo(Precision.SEASON);
        assertThat(Precision.of("2025-04-26TNI")).isEqualTo(Precision.PART_OF_DAY);
        assertThat(Precision.of("2025-04-26T17:00")).isEqualTo(Precision.MINUTE);
        assertThat(Precision.of("2025-04-26T17")).isEqualTo(Precision.HOUR);
        assertThat(Precision.of("P2W")).isEqualTo(Precision.WEEK);
        assertThat(Precision.of("PT30M")).isEqualTo(Precision.MINUTE);
        assertThat(Precision.of("P3M")).isEqualTo(Precision.MONTH);
        assertThat(Precision.of("PAST_REF")).isEqualTo(Precision.NONE);
        assertThat(Precision.of(null)).isEqualTo(Precision.NONE);
    }

    @Test
    void anAnchorIsThePublicationDayWhereItWasPublished() {
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(TimeAnchor.parse("2025-04-27T01:30:00Z", newYork)).hasValue(new TimeAnchor(LocalDate.of(2025, 4, 26), newYork));
        assertThat(TimeAnchor.parse("2025-04-27", null)).hasValue(new TimeAnchor(LocalDate.of(2025, 4, 27), null));
        assertThat(TimeAnchor.parse("2025-04-27T23:10:00", newYork)).hasValue(new TimeAnchor(LocalDate.of(2025, 4, 27), newYork));
        assertThat(TimeAnchor.parse("27 April 2025", null)).isEmpty();
        assertThat(TimeAnchor.parse(null, null)).isEmpty();
    }
}
