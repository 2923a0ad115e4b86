package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsoDatesTest {
    @Test
    void normalisesMachineDates() {
        assertThat(IsoDates.normalize("2020-05-12T08:30:00+02:00")).hasValue("2020-05-12T08:30+02:00");
        assertThat(IsoDates.normalize("2020-05-12T08:30:00+0200")).hasValue("2020-05-12T08:30+02:00");
        assertThat(IsoDates.normalize("2020-05-12 08:30:00")).hasValue("2020-05-12T08:30");
        assertThat(IsoDates.normalize("2020-12-05T23:15:0Z")).hasValue("2020-12-05T23:15Z");
        assertThat(IsoDates.normalize("2020-12-05T25:15:00Z")).hasValue("2020-12-05");
        assertThat(IsoDates.normalize("2020-05-12T08:30:00.123Z")).hasValue("2020-05-12T08:30:00.123Z");
        assertThat(IsoDates.normalize("20200512")).hasValue("2020-05-12");
        assertThat(IsoDates.normalize("1589270400")).hasValue("2020-05-12");
        assertThat(IsoDates.normalize("Tue, 12 May 2020 08:30 GMT")).hasValue("2020-05-12T08:30Z");
        assertThat(IsoDates.normalize("الأربعاء، 07 أكتوبر 2020 - 12:09 م")).hasValue("2020-10-07T12:09");
        assertThat(IsoDates.normalize("الأربعاء، 07 أكتوبر 2020 - 03:09 م")).hasValue("2020-10-07T15:09");
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThat(IsoDates.normalize("2020-13-45")).isEmpty();
        assertThat(IsoDates.normalize("yesterday")).isEmpty();
    }
}
