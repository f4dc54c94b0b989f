package vn.gov.qlvb.files.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes copied into the content store's staging directory, with their SHA-256 and size, not yet
 * published. {@link #keep()} publishes them; {@link #close()} removes the staged copy in any
 * case (after {@code keep()} the blob stays under its final name).
 */
public final class StagedContent implements AutoCloseable {

    private final ContentStore store;
    private final Path path;
    private final String sha256;
    private final long size;

    StagedContent(ContentStore store, Path path, String sha256, long size) {
        this.store = store;
        this.path = path;
        this.sha256 = sha256;
        this.size = size;
    }

    /** Publishes the bytes under {@code ab/cd/<sha256>}, unless they are already there. */
    public void keep() {
        store.keep(this);
    }

    /** The staged bytes, for inspection before they are kept. */
    public InputStream read() throws IOException {
        return Files.newInputStream(path);
    }

    /** The staged file, for inspection before it is kept; gone after {@link #close()}. */
    public Path path() {
        return path;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    @Override
    public void close() {
        ContentStore.delete(path);
    }
}
