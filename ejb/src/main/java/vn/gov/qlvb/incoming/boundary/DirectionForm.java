package vn.gov.qlvb.incoming.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A leader's direction (ý kiến chỉ đạo, bút phê) on a presented document.
 *
 * @param onBehalfOfId the leader whose direction it is, when a secretary enters it from paper or
 *     a deputy gives it under delegation; {@code null} when the caller directs in their own name
 * @param comment the leader's words (at most 2000 characters)
 * @param lead chủ trì: exactly one unit or person, with a deadline
 * @param coordinating phối hợp: units or persons, each with a deadline (the lead's when missing)
 * @param informed để biết: units or persons, no deadline
 */
public record DirectionForm(
        Long onBehalfOfId, String comment, Target lead, List<Target> coordinating, List<Target> informed) {

    /** One unit or one person (exactly one of the two ids) and a deadline. */
    public record Target(Long unitId, Long personId, LocalDate deadline) {}

    public DirectionForm {
        coordinating = coordinating == null
                ? List.of()
                : coordinating.stream().filter(Objects::nonNull).toList();
        informed = informed == null
                ? List.of()
                : informed.stream().filter(Objects::nonNull).toList();
    }
}
