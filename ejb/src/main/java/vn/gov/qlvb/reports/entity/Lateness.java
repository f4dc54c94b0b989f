package vn.gov.qlvb.reports.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How many calendar days a piece of work ran past its deadline, for the handling reports. */
public final class Lateness {

    private Lateness() {}

    /**
     * Days from the deadline to the completion, or to {@code today} while the work is open;
     * zero when there is no deadline or it was met.
     */
    public static int daysLate(LocalDate deadline, LocalDate completedOn, LocalDate today) {
        if (deadline == null) {
            return 0;
        }
        LocalDate end = completedOn != null ? completedOn : today;
        return end == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(deadline, end));
    }
}
