package vn.gov.qlvb.files.control;

import jakarta.persistence.EntityManager;

/** Test fixture: the repository a container would inject, on a given entity manager. */
public final class Repositories {

    private Repositories() {}

    public static StoredFileRepository storedFiles(EntityManager em) {
        StoredFileRepository repository = new StoredFileRepository();
        repository.em = em;
        return repository;
    }
}
