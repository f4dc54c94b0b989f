package vn.gov.qlvb.web.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates and moments as the pages show them to a Vietnamese reader: day first ({@code dd/MM/yyyy}),
 * moments in Vietnam's time whatever the server's zone. Empty for nothing, so that a page shows
 * an empty cell.
 */
public final class VietnamTime {

    /** The zone every moment is shown in. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);
    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZONE);

    private VietnamTime() {}

    /** {@code 06/12/2026}. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** {@code 06/12/2026 23:41}: a moment to the minute, as registers and histories show it. */
    public static String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }

    /** {@code 06/12/2026 23:41:07}: a moment to the second, as the interconnection pages show it. */
    public static String second(Instant at) {
        return at == null ? "" : SECOND.format(at);
    }
}
