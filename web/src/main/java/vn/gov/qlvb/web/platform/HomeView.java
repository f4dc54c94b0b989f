package vn.gov.qlvb.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The home page's work counters. Each capability contributes its own as it arrives (incoming,
 * outgoing, tasks); until then they count zero.
 */
@Named
@RequestScoped
public class HomeView {

    /** One tile: a bundle key for its label, its count, and whether it needs attention. */
    public record Counter(String key, long value, boolean urgent) {}

    public List<Counter> getCounters() {
        return List.of(
                new Counter("home.incoming.toProcess", 0, false),
                new Counter("home.incoming.inProgress", 0, false),
                new Counter("home.incoming.overdue", 0, true),
                new Counter("home.incoming.forInformation", 0, false),
                new Counter("home.outgoing.drafts", 0, false),
                new Counter("home.outgoing.toSign", 0, false),
                new Counter("home.tasks.open", 0, false));
    }
}
