package vn.gov.qlvb.incoming.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.incoming.entity.IncomingHandlingStepsTest.assertConflict;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The parts of a direction and their handling by units and staff (III.1.m), and reminders (III.1.l). */
class AssignmentTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 16);

    private final Fixture f = new Fixture();
    private final IncomingDocument document = f.directed();

    @Test
    void IIIm_aDirectedPartHoldsItsAssigneeRoleDeadlineAndWhoseDirectionItIs() {
        Assignment a = Assignment.directed(
                document, AssignmentRole.COORDINATING, f.economy, null, DEADLINE, f.head, 10L, Fixture.NOW);
        assertSame(f.economy, a.getUnit());
        assertNull(a.getPerson());
        assertEquals(AssignmentRole.COORDINATING, a.getRole());
        assertEquals(DEADLINE, a.getDeadline());
        assertEquals(AssignmentStatus.ASSIGNED, a.getStatus());
        assertEquals(10L, a.getOnBehalfOfId());
        assertEquals("Phòng Kinh tế", a.assigneeName());
    }

    @Test
    void IIIm_exactlyOneUnitOrPersonOfTheAgency() {
        assertRefused(
                "incoming.assignee.oneOf",
                "assignee",
                () -> Assignment.directed(
                        document,
                        AssignmentRole.LEAD,
                        f.general,
                        f.specialist,
                        DEADLINE,
                        f.chairman,
                        null,
                        Fixture.NOW));
        assertRefused(
                "incoming.assignee.oneOf",
                "assignee",
                () -> Assignment.directed(
                        document, AssignmentRole.LEAD, null, null, DEADLINE, f.chairman, null, Fixture.NOW));
        assertRefused(
                "incoming.assignee.invalid",
                "unitId",
                () -> Assignment.directed(
                        document,
                        AssignmentRole.LEAD,
                        f.otherAgencysUnit,
                        null,
                        DEADLINE,
                        f.chairman,
                        null,
                        Fixture.NOW));
        assertRefused(
                "incoming.assignee.invalid",
                "personId",
                () -> Assignment.directed(
                        document, AssignmentRole.LEAD, null, f.outsider, DEADLINE, f.chairman, null, Fixture.NOW));
    }

    @Test
    void IIIm_deadlinesAreGivenAndNotBeforeTheArrivalDate() {
        assertRefused(
                "field.required",
                "deadline",
                () -> Assignment.directed(
                        document, AssignmentRole.LEAD, f.general, null, null, f.chairman, null, Fixture.NOW));
        assertRefused(
                "incoming.deadline.beforeArrival",
                "deadline",
                () -> Assignment.directed(
                        document,
                        AssignmentRole.LEAD,
                        f.general,
                        null,
                        Fixture.ARRIVAL_DATE.minusDays(1),
                        f.chairman,
                        null,
                        Fixture.NOW));
        Assignment sameDay = Assignment.directed(
                document, AssignmentRole.LEAD, f.general, null, Fixture.ARRIVAL_DATE, f.chairman, null, Fixture.NOW);
        assertEquals(Fixture.ARRIVAL_DATE, sameDay.getDeadline());
        Assignment informed = Assignment.directed(
                document, AssignmentRole.INFORMED, f.economy, null, DEADLINE, f.chairman, null, Fixture.NOW);
        assertNull(informed.getDeadline(), "informed parts have no deadline");
    }

    @Test
    void IIIm_aUnitHeadRedistributesToStaffOfTheUnitNotLaterThanTheUnitsDeadline() {
        Assignment unit = f.unitLead(document, DEADLINE);
        assertRefused(
                "incoming.assign.deadlineAfterParent",
                "deadline",
                () -> unit.redistribute(f.specialist, DEADLINE.plusDays(1), f.head, Fixture.NOW));
        assertRefused(
                "incoming.assign.notInUnit",
                "personId",
                () -> unit.redistribute(f.economist, DEADLINE, f.head, Fixture.NOW));
        assertRefused("field.required", "deadline", () -> unit.redistribute(f.specialist, null, f.head, Fixture.NOW));
        assertEquals(AssignmentStatus.ASSIGNED, unit.getStatus(), "refusals change nothing");

        Assignment child = unit.redistribute(f.specialist, DEADLINE.minusDays(2), f.head, Fixture.NOW);
        assertSame(unit, child.getParent());
        assertSame(f.specialist, child.getPerson());
        assertEquals(AssignmentRole.LEAD, child.getRole());
        assertEquals(AssignmentStatus.ASSIGNED, child.getStatus());
        assertEquals(AssignmentStatus.IN_PROGRESS, unit.getStatus());
        assertConflict(
                "incoming.assign.notUnit", () -> child.redistribute(f.specialist, DEADLINE, f.head, Fixture.NOW));
    }

    @Test
    void IIIm_progressStartsTheWorkAndCompletingTwiceIsRefused() {
        Assignment a = f.unitLead(document, DEADLINE).redistribute(f.specialist, DEADLINE, f.head, Fixture.NOW);
        assertRefused("field.required", "text", () -> a.recordProgress("  ", Fixture.NOW));
        a.recordProgress(" Đã tổng hợp số liệu ", Fixture.NOW);
        assertEquals("Đã tổng hợp số liệu", a.getProgress());
        assertEquals(AssignmentStatus.IN_PROGRESS, a.getStatus());

        a.complete("Xong", Fixture.NOW);
        assertEquals(AssignmentStatus.COMPLETED, a.getStatus());
        assertConflict("incoming.assignment.alreadyCompleted", () -> a.complete(null, Fixture.NOW));
        assertConflict("incoming.assignment.closed", () -> a.recordProgress("Thêm", Fixture.NOW));
        assertConflict("incoming.assignment.closed", () -> a.giveBack("Lý do", Fixture.NOW));
    }

    @Test
    void IIIm_anExtensionIsAskedOnceForALaterDateAndTheAnswerMovesTheDeadlineOrNot() {
        Assignment unit = f.unitLead(document, DEADLINE);
        Assignment a = unit.redistribute(f.specialist, DEADLINE.minusDays(3), f.head, Fixture.NOW);
        assertRefused(
                "incoming.extension.notLater",
                "wantedDeadline",
                () -> a.requestExtension(DEADLINE.minusDays(3), "Chờ số liệu"));
        assertConflict("incoming.extension.none", () -> a.answerExtension(true));

        a.requestExtension(DEADLINE.minusDays(1), " Chờ số liệu ");
        assertEquals("Chờ số liệu", a.getExtensionReason());
        assertConflict("incoming.extension.pending", () -> a.requestExtension(DEADLINE, null));
        a.answerExtension(false);
        assertEquals(DEADLINE.minusDays(3), a.getDeadline());
        assertNull(a.getWantedDeadline());

        a.requestExtension(DEADLINE.plusDays(2), null);
        assertRefused("incoming.assign.deadlineAfterParent", "wantedDeadline", () -> a.answerExtension(true));
        a.answerExtension(false);
        a.requestExtension(DEADLINE, null);
        a.answerExtension(true);
        assertEquals(DEADLINE, a.getDeadline());
    }

    @Test
    void IIIm_giveBackNeedsAReasonAndEndsThePart() {
        Assignment a = f.unitLead(document, DEADLINE);
        assertRefused("field.required", "reason", () -> a.giveBack(" ", Fixture.NOW));
        a.giveBack("Không thuộc chức năng của phòng", Fixture.NOW);
        assertEquals(AssignmentStatus.RETURNED, a.getStatus());
        assertEquals("Không thuộc chức năng của phòng", a.getReturnReason());
        assertConflict("incoming.assignment.closed", () -> a.complete(null, Fixture.NOW));
    }

    @Test
    void IIIm_informedPartsHaveNothingToDo() {
        Assignment informed = Assignment.directed(
                document, AssignmentRole.INFORMED, f.economy, null, null, f.chairman, null, Fixture.NOW);
        assertConflict("incoming.assignment.forInformation", () -> informed.complete(null, Fixture.NOW));
        assertConflict("incoming.assignment.forInformation", () -> informed.recordProgress("x", Fixture.NOW));
        assertConflict(
                "incoming.assignment.forInformation",
                () -> informed.redistribute(f.economist, DEADLINE, f.head, Fixture.NOW));
    }

    @Test
    void IIIm_closingEndsOnlyOpenPartsAndOverdueMeansOpenPastTheDeadline() {
        Assignment open = f.unitLead(document, DEADLINE);
        assertFalse(open.isOverdue(DEADLINE));
        assertTrue(open.isOverdue(DEADLINE.plusDays(1)));
        Assignment done = f.unitLead(document, DEADLINE).redistribute(f.specialist, DEADLINE, f.head, Fixture.NOW);
        done.complete(null, Fixture.NOW);
        open.close(Fixture.NOW);
        done.close(Fixture.NOW);
        assertEquals(AssignmentStatus.CLOSED, open.getStatus());
        assertEquals(AssignmentStatus.COMPLETED, done.getStatus());
        assertFalse(open.isOverdue(DEADLINE.plusDays(1)));
    }

    @Test
    void IIIn_eachPartIsOnTheWorkListOfItsRoleAndStatusAndKeepsItsDocumentsUrgency() {
        Assignment unit = f.unitLead(document, DEADLINE);
        assertEquals(WorkQueue.TO_PROCESS, unit.getWorkQueue());
        assertEquals(document.getUrgency().ordinal(), unit.getUrgencyRank());
        Assignment staff = unit.redistribute(f.specialist, DEADLINE, f.head, Fixture.NOW);
        assertEquals(WorkQueue.IN_PROGRESS, unit.getWorkQueue());
        assertEquals(WorkQueue.TO_PROCESS, staff.getWorkQueue());
        staff.recordProgress("Đang làm", Fixture.NOW);
        assertEquals(WorkQueue.IN_PROGRESS, staff.getWorkQueue());
        staff.complete(null, Fixture.NOW);
        assertEquals(WorkQueue.DONE, staff.getWorkQueue());
        unit.close(Fixture.NOW);
        assertEquals(WorkQueue.DONE, unit.getWorkQueue());

        Assignment informed = Assignment.directed(
                document, AssignmentRole.INFORMED, f.economy, null, null, f.chairman, null, Fixture.NOW);
        assertEquals(WorkQueue.FOR_INFORMATION, informed.getWorkQueue());
        informed.close(Fixture.NOW);
        assertEquals(WorkQueue.FOR_INFORMATION, informed.getWorkQueue());
        Assignment returned = f.unitLead(document, DEADLINE);
        returned.giveBack("Không đúng chức năng", Fixture.NOW);
        assertEquals(WorkQueue.DONE, returned.getWorkQueue());
        assertFalse(WorkQueue.DONE.isOpen());
        assertTrue(WorkQueue.TO_PROCESS.isOpen() && WorkQueue.IN_PROGRESS.isOpen());
    }

    @Test
    void theAssigneeOfAUnitsPartIsItsHeadAndOfAPersonsPartThatPerson() {
        Assignment unit = f.unitLead(document, DEADLINE);
        assertTrue(unit.isAssignee(f.head.getId(), f.general.getId(), true));
        assertFalse(unit.isAssignee(f.specialist.getId(), f.general.getId(), false), "staff act on their own parts");
        assertFalse(unit.isAssignee(f.head.getId(), f.economy.getId(), true));
        Assignment child = unit.redistribute(f.specialist, DEADLINE, f.head, Fixture.NOW);
        assertTrue(child.isAssignee(f.specialist.getId(), f.general.getId(), false));
        assertFalse(child.isAssignee(f.head.getId(), f.general.getId(), true));
    }

    @Test
    void IIIl_remindersGoToOpenPartsAndCountAgainstThePersonAndTheirUnit() {
        Assignment a = f.unitLead(document, DEADLINE).redistribute(f.specialist, DEADLINE, f.head, Fixture.NOW);
        Reminder r = Reminder.sent(a, ReminderGrade.CRITICISM, " Chậm tiến độ ", f.chairman, Fixture.NOW);
        assertSame(f.specialist, r.getPerson());
        assertSame(f.general, r.getUnit());
        assertEquals(ReminderKind.MANUAL, r.getKind());
        assertEquals("Chậm tiến độ", r.getComment());
        assertRefused("field.required", "grade", () -> Reminder.sent(a, null, null, f.chairman, Fixture.NOW));

        Reminder auto = Reminder.automatic(a, ReminderKind.BEFORE_DEADLINE, null, Fixture.NOW);
        assertEquals(ReminderGrade.NOTICE, auto.getGrade());
        assertNull(auto.getSentBy());

        a.complete(null, Fixture.NOW);
        assertConflict(
                "incoming.remind.notOpen", () -> Reminder.sent(a, ReminderGrade.NOTICE, null, f.chairman, Fixture.NOW));
    }
}
