package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicationDatesTest {
    @Test
    void ordersInstantsByTheirOffsets() {
        assertThat(PublicationDates.before("2024-03-12T09:41+02:00", "2024-03-12T08:00Z")).isTrue();
        assertThat(PublicationDates.before("2024-03-12T08:00Z", "2024-03-12T09:41+02:00")).isFalse();
        assertThat(PublicationDates.before("2024-03-12T23:30-05:00", "2024-03-13T01:00Z")).isFalse(); // 04:30Z
    }

    @Test
    void ordersDaysAndWrittenTimesButNotADayAgainstATimeOfIt() {
        assertThat(PublicationDates.before("2024-03-11", "2024-03-12T09:41Z")).isTrue();
        assertThat(PublicationDates.before("2024-03-12T08:00", "2024-03-12T09:41")).isTrue();
        assertThat(PublicationDates.before("2024-03-12", "2024-03-12T09:41Z")).isFalse();
        assertThat(PublicationDates.before("2024-03-12T09:41Z", "2024-03-12")).isFalse();
        assertThat(PublicationDates.before("2024-03-12", "2024-03-12")).isFalse();
        assertThat(PublicationDates.before("not a date", "2024-03-12")).isFalse();
    }
}
