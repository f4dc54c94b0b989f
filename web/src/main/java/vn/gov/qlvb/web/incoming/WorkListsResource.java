package vn.gov.qlvb.web.incoming;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.gov.qlvb.incoming.boundary.IncomingReminders;
import vn.gov.qlvb.incoming.boundary.IncomingWorkLists;
import vn.gov.qlvb.incoming.entity.Assignment;
import vn.gov.qlvb.platform.entity.Page;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * {@code /qlvb/api/v1/incoming/work}: the caller's work lists and their counts, the documents
 * waiting for the caller's direction, and the reminder statistics.
 */
@RequestScoped
@Path("incoming/work")
@Produces(MediaType.APPLICATION_JSON)
public class WorkListsResource {

    /** One page of a work list. */
    public record WorkPage(List<AssignmentJson> items, long total, int first, int size) {}

    /** How many automatic reminders a run sent. */
    public record RunJson(LocalDate day, int sent) {}

    @Inject
    IncomingWorkLists lists;

    @Inject
    IncomingReminders reminders;

    /** {@code ?list=TO_PROCESS|IN_PROGRESS|DONE|OVERDUE|FOR_INFORMATION}, urgent first, then deadline. */
    @GET
    public WorkPage list(
            @QueryParam("list") @DefaultValue("TO_PROCESS") IncomingWorkLists.WorkList list,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        Page<Assignment> page = lists.list(list, first, size);
        return new WorkPage(
                page.items().stream().map(AssignmentJson::of).toList(), page.total(), page.first(), page.size());
    }

    @GET
    @Path("counts")
    public IncomingWorkLists.Counts counts() {
        return lists.counts();
    }

    /** Documents presented to the caller, waiting for their direction. */
    @GET
    @Path("to-direct")
    public List<IncomingJson> toDirect(@QueryParam("size") @DefaultValue("50") int size) {
        return lists.toDirect(size).stream().map(IncomingJson::of).toList();
    }

    /** Reminders per unit, person and grade from {@code from} to {@code to} (both included). */
    @GET
    @Path("reminders")
    public List<IncomingReminders.Count> reminderStatistics(
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return reminders.statistics(date(from, "from"), date(to, "to"));
    }

    /** Runs the automatic reminders for {@code day} at once (administrator). */
    @POST
    @Path("reminders/automatic")
    public RunJson runAutomatic(@QueryParam("day") String day) {
        LocalDate d = date(day, "day");
        return new RunJson(d, reminders.runAutomatic(d));
    }

    /** An ISO date (2026-01-31) from a query parameter. */
    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid("field.required", field);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("date.malformed", field);
        }
    }
}
