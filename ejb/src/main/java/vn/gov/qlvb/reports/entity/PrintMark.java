package vn.gov.qlvb.reports.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The mark that every copy printed or exported from the system carries (Decree 30, Appendix VI,
 * Part I, III.6.k): who produced it and when, in Vietnam time.
 *
 * @param person the full name of the person who printed it (with their account if useful)
 * @param at when it was printed
 */
public record PrintMark(String person, Instant at) {

    /** The time zone of every printed time (UTC+7, no daylight saving). */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    public PrintMark {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(at, "at");
        if (person.isBlank()) {
            throw new IllegalArgumentException("A print mark names the person who printed");
        }
        person = person.strip();
    }

    /** "In từ hệ thống QLVB lúc 14:05 ngày 20/05/2026 bởi Trần Thị Thư". */
    public String text() {
        return "In từ hệ thống QLVB lúc " + TIME.format(at.atZone(VIETNAM)) + " bởi " + person;
    }
}
