package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekdayDatesTest {
    @Test
    void theLatestDateGivenWithItsWeekdayIsADayOfTheNews() {
        String text = "Leaders reached a deal on Wednesday.\nSchumer speaks at the Capitol in Washington, Tuesday, Feb. 6, 2018.\n"
                + "The treaty was signed on Oct. 1, 1953. The vote was on Monday, Feb. 5, 2018.";
        assertThat(WeekdayDates.latest(text)).contains(LocalDate.of(2018, 2, 6));
    }

    @Test
    void aWrongWeekdayOrAFilePhotoSaysNothing() {
        assertThat(WeekdayDates.latest("It happened on Friday, Feb. 6, 2018, officials said.")).isEmpty();
        assertThat(WeekdayDates.latest("FILE - In this Tuesday, Feb. 6, 2018 file photo, Schumer speaks.")).isEmpty();
        assertThat(WeekdayDates.latest("The treaty was signed on Oct. 1, 1953.")).isEmpty();
    }

    @Test
    void aYearlessDayTakesTheOnlyYearNearTheLatestNamedThatFits() {
        String text = "LFO singer Devin Lima died on Wednesday, November 21, Us Weekly confirms. In July 2017, the band released a single.";
        assertThat(WeekdayDates.latest(text)).contains(LocalDate.of(2018, 11, 21));
        assertThat(WeekdayDates.latest("He died on Wednesday, November 21.")).as("no year named").isEmpty();
    }
}
