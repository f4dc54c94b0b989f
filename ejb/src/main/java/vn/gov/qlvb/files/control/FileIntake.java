package vn.gov.qlvb.files.control;

import java.io.InputStream;
import vn.gov.qlvb.files.entity.Attachment;
import vn.gov.qlvb.files.entity.FileType;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Takes an upload in: checks it and, only if every check passes, keeps its bytes in the content
 * store. The checks, in this order, each a {@link RuleViolation} with the field {@code file}:
 *
 * <ol>
 *   <li>the name is acceptable ({@link Attachment#fileNameOf(String)});
 *   <li>its extension is an allowed kind ({@code file.typeNotAllowed}), before any byte is read;
 *   <li>there are bytes ({@code file.empty});
 *   <li>no more than the limit ({@code file.tooLarge}): the copy stops as soon as it is passed;
 *   <li>the bytes are what the extension says ({@code file.typeMismatch}), as detected by
 *       {@link TikaMediaTypeDetector} from the bytes alone.
 * </ol>
 *
 * A refused upload leaves nothing in the store.
 */
public class FileIntake {

    /** System property: the largest upload in bytes. */
    public static final String MAX_BYTES_PROPERTY = "qlvb.files.maxBytes";

    /** 50 MiB: a long scanned document at 200–300 dpi. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private final ContentStore store;
    private final TikaMediaTypeDetector detector = new TikaMediaTypeDetector();
    private final long maxBytes;

    public FileIntake(ContentStore store, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive: " + maxBytes);
        }
        this.store = store;
        this.maxBytes = maxBytes;
    }

    /**
     * The intake of the running server: the {@linkplain ContentStore#configured() configured
     * store} and the limit of {@value #MAX_BYTES_PROPERTY} (default 50 MiB).
     *
     * @throws IllegalStateException when the limit is not a positive number of bytes
     */
    public static FileIntake configured() {
        return new FileIntake(ContentStore.configured(), configuredMaxBytes());
    }

    static long configuredMaxBytes() {
        String value = System.getProperty(MAX_BYTES_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_BYTES;
        }
        try {
            long bytes = Long.parseLong(value.strip());
            if (bytes > 0) {
                return bytes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(MAX_BYTES_PROPERTY + " must be a positive number of bytes: " + value);
    }

    /**
     * Checks an upload and keeps its bytes. Does not close {@code content}.
     *
     * @return the kept name (see {@link Attachment#fileNameOf(String)}) and what was stored
     * @throws RuleViolation as listed on the class, with nothing kept
     */
    public Accepted accept(String fileName, InputStream content) {
        String name = Attachment.fileNameOf(fileName);
        FileType announced = FileType.ofFileName(name);
        try (StagedContent staged = store.stage(content, maxBytes)) {
            String detected = detector.detect(staged.path());
            announced.requireContentOf(detected);
            staged.keep();
            return new Accepted(name, staged.sha256(), staged.size(), detected);
        }
    }

    public ContentStore store() {
        return store;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** An upload that passed every check; its bytes are in the store under {@code sha256}. */
    public record Accepted(String fileName, String sha256, long size, String mediaType) {}
}
