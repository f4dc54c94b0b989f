package vn.gov.qlvb.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.gov.qlvb.incoming.boundary.IncomingWorkLists;

/**
 * The home page's work counters. Each capability contributes its own as it arrives (incoming
 * now; outgoing and tasks count zero until they come).
 */
@Named
@RequestScoped
public class HomeView {

    /**
     * One tile: a bundle key for its label, its count, whether it needs attention, and the work
     * list it opens (none for capabilities still to come).
     */
    public record Counter(String key, long value, boolean urgent, String list, String outcome) {

        Counter(String key, long value, boolean urgent, String list) {
            this(key, value, urgent, list, null);
        }

        Counter(String key, long value, boolean urgent) {
            this(key, value, urgent, null, null);
        }
    }

    @Inject
    IncomingWorkLists incoming;

    @Inject
    vn.gov.qlvb.exchange.boundary.ExchangeAlerts exchangeAlerts;

    @Inject
    SessionUser me;

    private List<Counter> counters;

    public List<Counter> getCounters() {
        if (counters == null) {
            IncomingWorkLists.Counts c = incoming.counts();
            List<Counter> all = new java.util.ArrayList<>(List.of(
                    new Counter("home.incoming.toProcess", c.toProcess(), false, "TO_PROCESS"),
                    new Counter("home.incoming.inProgress", c.inProgress(), false, "IN_PROGRESS"),
                    new Counter("home.incoming.overdue", c.overdue(), c.overdue() > 0, "OVERDUE"),
                    new Counter("home.incoming.forInformation", c.forInformation(), false, "FOR_INFORMATION"),
                    new Counter("home.outgoing.drafts", 0, false),
                    new Counter("home.outgoing.toSign", 0, false),
                    new Counter("home.tasks.open", 0, false)));
            if (me.has("CLERK")) {
                // documents sent through the interconnection not delivered in time (the clerk's agency)
                long late = exchangeAlerts.count();
                all.add(new Counter("home.exchange.alerts", late, late > 0, null, "/outgoing/list"));
            }
            counters = List.copyOf(all);
        }
        return counters;
    }
}
