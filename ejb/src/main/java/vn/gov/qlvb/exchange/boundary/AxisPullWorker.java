package vn.gov.qlvb.exchange.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import vn.gov.qlvb.exchange.control.ExchangeRepository;
import vn.gov.qlvb.exchange.control.outbound.AxisClient;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;
import vn.gov.qlvb.exchange.entity.Partner;
import vn.gov.qlvb.exchange.entity.PartnerTransport;
import vn.gov.qlvb.exchange.entity.PulledRefusal;

/**
 * Receives from the exchange axes by pulling: every {@code qlvb.exchange.pull-millis} (default
 * 10000), for each active axis partner and each active agency hosted here, it lists what waits
 * at the axis and, for each package:
 *
 * <ol>
 *   <li>fetches it (getEdoc);
 *   <li>hands it to {@link PackageReception#receivePulled} in a transaction of its own: the
 *       checks of a pushed package, duplicates answered as duplicates;
 *   <li>acknowledges it after the commit: {@code done} when accepted or received before,
 *       {@code fail} with the refusal's code and message when refused: nothing of the package is
 *       stored, but the refusal is kept ({@link PulledRefusal}, listed for the administrator), so
 *       the package is not fetched again while the axis lists it, and a {@code fail} that did not
 *       reach the axis is sent again without fetching.
 * </ol>
 *
 * A crash between the commit and the acknowledgement loses nothing and duplicates nothing: the
 * package is listed again, fetched again, recognised as a duplicate and acknowledged {@code
 * done}. An unexpected error leaves the package unacknowledged for the next run. One run at a
 * time on a node (each run arms the next); several nodes serialise on the axis's partner row.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AxisPullWorker {

    private static final Logger LOG = Logger.getLogger(AxisPullWorker.class.getName());
    private static final String TIMER = "exchange-axis-pull";

    @Resource
    TimerService timers;

    @Inject
    ExchangeRepository repository;

    @Inject
    PackageReception reception;

    @Inject
    Config config;

    private long every;

    @PostConstruct
    void start() {
        every = config.getOptionalValue("qlvb.exchange.pull-millis", Long.class).orElse(10_000L);
        timers.createSingleActionTimer(every, new TimerConfig(TIMER, false));
    }

    /**
     * One run, then the next is armed {@code pull-millis} after it ends: a long pull delays the
     * next instead of overlapping it (which the container would skip, with a warning each time).
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        try {
            pullAll();
        } finally {
            try {
                timers.createSingleActionTimer(every, new TimerConfig(TIMER, false));
            } catch (IllegalStateException | jakarta.ejb.EJBException stopping) {
                LOG.log(Level.FINE, "The axis pull timer is not armed again: the application stops", stopping);
            }
        }
    }

    private void pullAll() {
        try {
            List<Partner> axes = repository.partners().stream()
                    .filter(Partner::isActive)
                    .filter(p -> p.getTransport() == PartnerTransport.AXIS)
                    .toList();
            if (axes.isEmpty()) {
                return;
            }
            List<String> hosted = repository.hostedOrganIds();
            for (Partner axis : axes) {
                pullFrom(axis, hosted);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The exchange axes could not be pulled", e);
        }
    }

    private void pullFrom(Partner axis, List<String> hosted) {
        byte[] secret = repository.secrets().decrypt(axis.getSecretEncrypted()).orElse(null);
        if (secret == null) {
            LOG.warning(() -> "Axis " + axis.getSystemId() + ": its secret does not open; not pulled");
            return;
        }
        AxisClient client =
                new AxisClient(axis.getEndpointUrl(), repository.ourSystemId(), secret, Duration.ofSeconds(60));
        for (String organId : hosted) {
            List<AxisClient.Listed> waiting;
            try {
                waiting = client.receivedList(organId);
            } catch (AxisClient.AxisCallFailed e) {
                if (e.status() == 0 || e.status() >= 500) {
                    LOG.warning(() -> "Axis " + axis.getSystemId() + " unreachable: " + e.getMessage());
                    return;
                }
                // the axis does not serve this agency (not registered there)
                LOG.fine(() -> "Axis " + axis.getSystemId() + ", " + organId + ": " + e.getMessage());
                continue;
            }
            for (AxisClient.Listed item : waiting) {
                take(client, axis.getSystemId(), item);
            }
        }
    }

    /** Fetches, receives and acknowledges one package; see the class comment. */
    private void take(AxisClient client, String axisSystemId, AxisClient.Listed item) {
        try {
            var refusedBefore = reception.pulledRefusal(axisSystemId, item.docId());
            if (refusedBefore.isPresent()) {
                PulledRefusal refusal = refusedBefore.get();
                if (!refusal.isAcknowledged()) {
                    // our fail did not reach the axis: told again, the package is not fetched again
                    acknowledgeFail(client, item, refusal);
                }
                return;
            }
            byte[] edxml = client.getEdoc(item.docId());
            try {
                Receipt receipt = reception.receivePulled(axisSystemId, edxml);
                LOG.fine(() -> "Axis " + axisSystemId + ": package " + item.docId() + " taken as " + receipt);
            } catch (PackageRefusedException e) {
                LOG.warning("Axis " + axisSystemId + ": package " + item.docId() + " (" + item.documentId()
                        + ") refused: " + e.refusal().name() + " " + e.getMessage());
                PulledRefusal refusal = reception.recordPulledRefusal(
                        axisSystemId, item.docId(), item.documentId(), edxml == null ? new byte[0] : edxml, e);
                acknowledgeFail(client, item, refusal);
                return;
            }
            client.updateStatus(item.docId(), true, null, null);
        } catch (AxisClient.AxisCallFailed e) {
            LOG.warning(() -> "Axis " + axisSystemId + ": package " + item.docId() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Axis " + axisSystemId + ": package " + item.docId() + " not taken", e);
        }
    }

    private void acknowledgeFail(AxisClient client, AxisClient.Listed item, PulledRefusal refusal) {
        client.updateStatus(item.docId(), false, refusal.getCode().name(), refusal.getMessage());
        reception.pulledRefusalAcknowledged(refusal.getId());
    }
}
