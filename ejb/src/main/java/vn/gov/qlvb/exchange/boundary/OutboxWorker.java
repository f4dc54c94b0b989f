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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import vn.gov.qlvb.exchange.control.ExchangeRepository;

/**
 * Delivers the outbox: every {@code qlvb.exchange.poll-millis} (default 1000) it takes the
 * messages due (the earliest pending one per document and recipient) and attempts each in a
 * transaction of its own ({@link OutboxDelivery}), up to {@code qlvb.exchange.parallel-deliveries}
 * (default 4) at once on the server's managed executor: a delivery mostly waits on the partner
 * (its disk syncs, its network), and messages due together never share a document and recipient,
 * so their order is kept. One run at a time on a node; several nodes share the work through the
 * message's row lock. A non-persistent timer: after a restart the outbox itself is the state,
 * nothing is lost.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private static final int BATCH = 50;

    @Resource
    TimerService timers;

    @Inject
    ExchangeRepository repository;

    @Inject
    OutboxDelivery delivery;

    @Inject
    Config config;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private int parallel;

    @PostConstruct
    void start() {
        long every =
                config.getOptionalValue("qlvb.exchange.poll-millis", Long.class).orElse(1000L);
        parallel = Math.max(
                1,
                config.getOptionalValue("qlvb.exchange.parallel-deliveries", Integer.class)
                        .orElse(4));
        timers.createIntervalTimer(every, every, new TimerConfig("exchange-outbox", false));
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

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<Long> due;
            int rounds = 0;
            do {
                due = repository.dueMessages(Instant.now(), BATCH);
                Semaphore slots = new Semaphore(parallel);
                for (Long id : due) {
                    slots.acquireUninterruptibly();
                    try {
                        executor.execute(() -> {
                            try {
                                attemptOne(id);
                            } finally {
                                slots.release();
                            }
                        });
                    } catch (RejectedExecutionException e) {
                        slots.release();
                        attemptOne(id);
                    }
                }
                // the round ends when every attempt of it has
                slots.acquireUninterruptibly(parallel);
            } while (due.size() == BATCH && ++rounds < 20);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outbox could not be read", e);
        } finally {
            running.set(false);
        }
    }
}
