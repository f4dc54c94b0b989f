package vn.gov.qlvb.files.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import vn.gov.qlvb.files.entity.StoredFile;

/**
 * The rows of stored contents. A session bean, not a plain class, for one reason:
 * {@link #register} runs in a transaction of its own, so that two people storing the same bytes
 * at the same moment cannot make each other's transaction fail on the unique hash (the loser
 * retries and finds the winner's row), and a content row, like its blob, stays when the
 * caller's transaction rolls back (harmless: content-addressed, immutable, and only ever
 * written after its bytes are in place).
 */
@Stateless
@PermitAll
public class StoredFileRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<StoredFile> findBySha256(String sha256) {
        return em.createQuery("SELECT f FROM StoredFile f WHERE f.sha256 = :sha256", StoredFile.class)
                .setParameter("sha256", sha256)
                .getResultStream()
                .findFirst();
    }

    /**
     * The row of this content, created if missing, committed on return. The bytes must already
     * be in the content store.
     *
     * @return its id
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long register(String sha256, long size, String mediaType) {
        Optional<StoredFile> known = findBySha256(sha256);
        if (known.isPresent()) {
            return known.get().getId();
        }
        StoredFile file = new StoredFile(sha256, size, mediaType, Instant.now());
        em.persist(file);
        em.flush();
        return file.getId();
    }
}
