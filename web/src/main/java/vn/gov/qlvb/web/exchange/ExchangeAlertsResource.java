package vn.gov.qlvb.web.exchange;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.gov.qlvb.exchange.boundary.DeliveryAlert;
import vn.gov.qlvb.exchange.boundary.ExchangeAlerts;

/**
 * {@code GET /qlvb/api/v1/exchange/alerts}: documents sent through the interconnection not
 * delivered in time (still waiting after {@code qlvb.exchange.alert-after}, or given up): every
 * agency's for the province-wide administrator, the agency's own for a clerk, 403 otherwise.
 */
@RequestScoped
@Path("exchange/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeAlertsResource {

    @Inject
    ExchangeAlerts alerts;

    @GET
    public List<DeliveryAlert> list() {
        return alerts.alerts();
    }
}
