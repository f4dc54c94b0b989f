package vn.gov.qlvb.web.exchange;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.gov.qlvb.exchange.boundary.DeliveryAlert;
import vn.gov.qlvb.exchange.boundary.ExchangeAlerts;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Documents sent through the interconnection not delivered in time (văn bản gửi liên thông chưa
 * đến nơi nhận), for the pages that show them: the administrator's exchange page (every
 * agency's), the outgoing list and the home counter (the clerk's agency's).
 */
@Named
@RequestScoped
public class ExchangeAlertsView {

    @Inject
    ExchangeAlerts alerts;

    private List<DeliveryAlert> rows;

    /** The alerts the signed-in person sees; none for those who see none. */
    public List<DeliveryAlert> getAlerts() {
        if (rows == null) {
            try {
                rows = alerts.alerts();
            } catch (RuleViolation | EJBAccessException e) {
                rows = List.of();
            }
        }
        return rows;
    }

    public long getCount() {
        return getAlerts().size();
    }

    /** The wait after which a package is an alert, as configured (ISO, e.g. {@code PT4H}). */
    public String getAlertAfter() {
        return alerts.alertAfter().toString().substring(2).toLowerCase();
    }
}
