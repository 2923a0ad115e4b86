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
        assertThat(DateStamps.find("Updated: March 12th 2024, 09:41 GMT")).hasValue("2024-03-12T09:41Z");
        assertThat(DateStamps.find("First published on Sat 3 Jun 2023 08.00 BST")).hasValue("2023-06-03T08:00+01:00");
        assertThat(DateStamps.find("12 May 2020, 10:00")).hasValue("2020-05-12T10:00"); // a local time: zone unknown
        assertThat(DateStamps.find("12 May 2020, 12.5 km away")).hasValue("2020-05-12");
        assertThat(DateStamps.stamps("Published 3 June 2023 | Updated 4 June 2023")).containsExactly(
                new DateStamps.Stamp(DateStamps.Event.PUBLISHED, "2023-06-03"),
                new DateStamps.Stamp(DateStamps.Event.UPDATED, "2023-06-04"));
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThat(DateStamps.find("Updated: some time ago")).isEmpty();
        assertThat(DateStamps.find("February 30, 2024")).isEmpty();
    }
}
