package vn.gov.qlvb.registers.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.gov.qlvb.registers.entity.NumberCounter;
import vn.gov.qlvb.registers.entity.Register;

/**
 * Gives the next number of a register's yearly series.
 *
 * <ol>
 *   <li>the counter row of (register, year) is read with a pessimistic write lock
 *       ({@code SELECT … FOR UPDATE}), so concurrent registrations queue on it;
 *   <li>the first number of a year creates that row in a transaction of its own; when two
 *       callers race to create it, the loser's insert fails on the unique key and it reads the
 *       winner's row;
 *   <li>the number is taken in the caller's transaction, which also stores the document: if that
 *       transaction rolls back, so does the counter, and the number is given again — no gap, no
 *       repeat.
 * </ol>
 */
@Stateless
@PermitAll
public class Numbering {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long next(Register register, int year) {
        NumberCounter counter = locked(register, year);
        if (counter == null) {
            try {
                context.getBusinessObject(Numbering.class).createCounter(register.getId(), year);
            } catch (EJBException raceLost) {
                // another registration created the same counter first: use theirs
            }
            counter = locked(register, year);
        }
        return counter.next();
    }

    /** The last number given in the register for the year (0 when none yet). */
    public long last(Register register, int year) {
        return em.createNamedQuery(NumberCounter.OF, NumberCounter.class)
                .setParameter("register", register.getId())
                .setParameter("year", year)
                .getResultStream()
                .findFirst()
                .map(NumberCounter::getLastNumber)
                .orElse(0L);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createCounter(long registerId, int year) {
        em.persist(new NumberCounter(em.find(Register.class, registerId), year));
        em.flush();
    }

    private NumberCounter locked(Register register, int year) {
        return em.createNamedQuery(NumberCounter.OF, NumberCounter.class)
                .setParameter("register", register.getId())
                .setParameter("year", year)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
