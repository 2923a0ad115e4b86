package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateStampsTest {
    @Test
    void readsTheCommonStampForms() {
        assertThat(DateStamps.find("Updated: April 27, 2025 06:27 IST")).hasValue("2025-04-27T06:27+05:30");
        assertThat(DateStamps.find("Published April 28th 2025, 15:05 IST")).hasValue("2025-04-28T15:05+05:30");
        assertThat(DateStamps.find("Updated 13 May, 2025")).hasValue("2025-05-13");
        assertThat(DateStamps.find("Posted 2023-06-03")).hasValue("2023-06-03");
        assertThat(DateStamps.find("Sept. 4, 2024 at 3:15 pm EDT")).hasValue("2024-09-04T15:15-04:00");
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThat(DateStamps.find("Updated: some time ago")).isEmpty();
        assertThat(DateStamps.find("February 30, 2024")).isEmpty();
    }
}
