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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import vn.gov.qlvb.exchange.control.ExchangeRepository;

/**
 * Delivers the outbox: every {@code qlvb.exchange.poll-millis} (default 1000) it takes the
 * messages due (the earliest pending one per document and recipient) and attempts each in a
 * transaction of its own ({@link OutboxDelivery}), up to {@code qlvb.exchange.parallel-deliveries}
 * (default 8) at once on the executor {@code qlvb-exchange} (16 threads, {@code config/cli/server.cli}),
 * not the server's default one (two threads per processor): a delivery mostly waits on the partner
 * (its disk syncs, its network), and messages due together never share a document and recipient,
 * so their order is kept. One run at a time on a node (each run arms the next); several nodes
 * share the work through the message's row lock. A non-persistent timer: after a restart the
 * outbox itself is the state, nothing is lost.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private static final int BATCH = 50;
    private static final int MAX_ROUNDS = 20;
    private static final String TIMER = "exchange-outbox";

    @Resource
    TimerService timers;

    @Inject
    ExchangeRepository repository;

    @Inject
    OutboxDelivery delivery;

    @Inject
    Config config;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/qlvb-exchange")
    ManagedExecutorService executor;

    private long every;
    private int parallel;

    @PostConstruct
    void start() {
        every = config.getOptionalValue("qlvb.exchange.poll-millis", Long.class).orElse(1000L);
        parallel = Math.max(
                1,
                config.getOptionalValue("qlvb.exchange.parallel-deliveries", Integer.class)
                        .orElse(8));
        timers.createSingleActionTimer(every, new TimerConfig(TIMER, false));
    }

    /**
     * One run, then the next is armed {@code poll-millis} after it ends: a run longer than the
     * period delays the next instead of overlapping it (which the container would skip, with a
     * warning each time).
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        try {
            deliverDue();
        } finally {
            try {
                timers.createSingleActionTimer(every, new TimerConfig(TIMER, false));
            } catch (IllegalStateException | jakarta.ejb.EJBException stopping) {
                LOG.log(Level.FINE, "The outbox timer is not armed again: the application stops", stopping);
            }
        }
    }

    private void attemptOne(long id) {
        try {
            delivery.attempt(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox message " + id + " could not be attempted", e);
            try {
                delivery.recordFailure(id, "internal: " + e);
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Outbox message " + id + ": failure not recorded", again);
            }
        }
    }

    /**
     * Keeps up to {@code parallel} attempts running: as soon as one ends the next due message
     * starts (no batch waits for its slowest attempt); a message already being attempted is not
     * started twice, and the next of its document and recipient is due only once it is delivered
     * (the query's rule), so their order holds. The run ends when nothing more is due (or after
     * {@code MAX_ROUNDS} reads) and every attempt it started has ended.
     */
    private void deliverDue() {
        Semaphore slots = new Semaphore(parallel);
        Set<Long> attempting = ConcurrentHashMap.newKeySet();
        try {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                List<Long> due = repository.dueMessages(Instant.now(), BATCH + parallel);
                List<Long> fresh =
                        due.stream().filter(id -> !attempting.contains(id)).toList();
                for (Long id : fresh) {
                    slots.acquireUninterruptibly();
                    attempting.add(id);
                    Runnable attempt = () -> {
                        try {
                            attemptOne(id);
                        } finally {
                            // after the attempt's commit: its message is no longer due unless it failed
                            attempting.remove(id);
                            slots.release();
                        }
                    };
                    try {
                        executor.execute(attempt);
                    } catch (RejectedExecutionException e) {
                        attempt.run();
                    }
                }
                if (fresh.isEmpty() || due.size() < BATCH + parallel) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outbox could not be read", e);
        } finally {
            // the run ends when every attempt it started has
            slots.acquireUninterruptibly(parallel);
        }
    }
}
