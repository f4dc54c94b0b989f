package vn.gov.qlvb.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnamTimeTest {

    @Test
    void aMomentIsShownInVietnamsTimeDayFirst() {
        // 16:41:07 UTC is 23:41:07 in Hà Nội (UTC+7), whatever the server's zone
        Instant at = Instant.parse("2026-12-06T16:41:07Z");
        assertEquals("06/12/2026 23:41", VietnamTime.minute(at));
        assertEquals("06/12/2026 23:41:07", VietnamTime.second(at));
    }

    @Test
    void aMomentAfterFiveInTheAfternoonUtcIsAlreadyTheNextDay() {
        assertEquals("07/12/2026 00:00", VietnamTime.minute(Instant.parse("2026-12-06T17:00:00Z")));
    }

    @Test
    void aDayIsDayMonthYear() {
        assertEquals("02/09/2026", VietnamTime.day(LocalDate.of(2026, 9, 2)));
    }

    @Test
    void nothingIsShownAsAnEmptyCell() {
        assertEquals("", VietnamTime.day(null));
        assertEquals("", VietnamTime.minute(null));
        assertEquals("", VietnamTime.second(null));
    }
}
