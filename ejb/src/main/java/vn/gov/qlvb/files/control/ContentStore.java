package vn.gov.qlvb.files.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * The bytes of stored files, on the file system under one root directory, each at
 * {@code ab/cd/<sha256>} (the first two pairs of hex digits of its SHA-256 spread the files over
 * 65,536 directories). Content-addressed, so a blob is written once and never changed.
 *
 * <p>Writing ({@link #stage} then {@link #keep}):
 *
 * <ol>
 *   <li>the bytes stream into a new file under {@code tmp/} of the same root, hashed and counted
 *       as they pass, never held in memory; past the size limit the copy stops at once;
 *   <li>the staged file is forced to disk and made read-only;
 *   <li>it is published under its final name with a hard link, which appears complete in one
 *       step and fails when the name exists: an existing blob is never overwritten (where the
 *       file system has no hard links, an atomic rename after a check for the name);
 *   <li>the staged name is removed; a name under {@code ab/cd/} is therefore always a complete
 *       blob.
 * </ol>
 *
 * <p>Reading ({@link #open}) hashes the whole blob before handing out the first byte and refuses
 * changed or missing bytes with {@code file.corrupted}; the stream it returns hashes again while
 * it is read, and fails at the end if the bytes changed in between.
 */
public class ContentStore {

    /** System property: the root directory of the content store. */
    public static final String DIRECTORY_PROPERTY = "qlvb.files.dir";

    private static final Logger LOG = Logger.getLogger(ContentStore.class.getName());
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;
    private static final String STAGING = "tmp";

    private final Path root;
    private final Path staging;

    /** A store under {@code root}, created if missing. */
    public ContentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.staging = this.root.resolve(STAGING);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the content store at " + this.root, e);
        }
    }

    /**
     * The store of the running server: {@value #DIRECTORY_PROPERTY} if set, else
     * {@code ${jboss.server.data.dir}/qlvb/files}.
     *
     * @throws IllegalStateException when neither property is set (outside a server, name the
     *     directory)
     */
    public static ContentStore configured() {
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        if (directory == null || directory.isBlank()) {
            String serverData = System.getProperty("jboss.server.data.dir");
            if (serverData == null || serverData.isBlank()) {
                throw new IllegalStateException(
                        "No directory for stored files: set the system property " + DIRECTORY_PROPERTY);
            }
            return new ContentStore(Path.of(serverData, "qlvb", "files"));
        }
        return new ContentStore(Path.of(directory.strip()));
    }

    public Path root() {
        return root;
    }

    /**
     * Copies {@code content} to a staged file, hashing and counting it; does not close
     * {@code content}. The caller keeps or discards the result ({@link StagedContent#close()}).
     *
     * @throws RuleViolation {@code file.empty} for no bytes, {@code file.tooLarge} (argument: the
     *     limit in MiB) past {@code maxBytes}; both with the field {@code file}, and nothing is left
     *     behind
     */
    public StagedContent stage(InputStream content, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile(staging, "upload-", ".part");
            MessageDigest sha256 = sha256();
            long size = 0;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[BUFFER];
                for (int n = content.read(buffer); n != -1; n = content.read(buffer)) {
                    size += n;
                    if (size > maxBytes) {
                        throw RuleViolation.invalid("file.tooLarge", "file", mebibytes(maxBytes));
                    }
                    sha256.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
                out.flush();
                channel.force(true);
            }
            if (size == 0) {
                throw RuleViolation.invalid("file.empty", "file");
            }
            return new StagedContent(this, file, HexFormat.of().formatHex(sha256.digest()), size);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("cannot stage content in " + staging, e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /**
     * Publishes staged content under its final name, unless a blob of that hash is already
     * there; then the staged file is removed. Idempotent.
     */
    void keep(StagedContent staged) {
        Path target = pathOf(staged.sha256());
        try {
            Files.createDirectories(target.getParent());
            staged.path().toFile().setReadOnly();
            if (!Files.exists(target)) {
                publish(staged.path(), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep content " + staged.sha256(), e);
        }
    }

    private static void publish(Path staged, Path target) throws IOException {
        try {
            Files.createLink(target, staged);
        } catch (FileAlreadyExistsException e) {
            // someone stored the same bytes meanwhile: theirs is the same content
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            if (!Files.exists(target)) {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /** Whether a blob of this hash is in the store (unverified). */
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    /**
     * The bytes of a blob, verified: the whole blob is hashed first, and the stream hashes again
     * as it is read. The caller closes the stream.
     *
     * @throws RuleViolation {@code file.corrupted} (field {@code file}) when the blob is missing,
     *     has another size, or its bytes no longer hash to {@code sha256}
     */
    public InputStream open(String sha256, long size) {
        Path file = pathOf(sha256);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            if (channel.size() != size || !sha256.equals(hashOf(channel))) {
                LOG.severe(() -> "Stored file " + sha256 + " is corrupted: its bytes changed on disk (" + file + ")");
                throw corrupted();
            }
            channel.position(0);
            return new VerifyingInputStream(Channels.newInputStream(channel), sha256, size);
        } catch (NoSuchFileException e) {
            LOG.severe(() -> "Stored file " + sha256 + " is missing from " + file);
            throw corrupted();
        } catch (IOException e) {
            close(channel);
            throw new UncheckedIOException("cannot read stored file " + sha256, e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    /**
     * Removes staged files older than {@code age}: what uploads interrupted by a crash left
     * behind. Blobs are never removed here.
     *
     * @return how many were removed
     */
    public int sweepStaging(Duration age) {
        Instant before = Instant.now().minus(age);
        int removed = 0;
        try (Stream<Path> files = Files.list(staging)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (sweptIfOlder(file, before)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot sweep the staging directory " + staging, e);
        }
        return removed;
    }

    /**
     * Removes one staged file if it was last written before {@code before}. The directory is
     * shared with uploads in progress: a file listed a moment ago may have been kept (moved to
     * its blob) or discarded since, which leaves nothing to sweep, not an error.
     */
    static boolean sweptIfOlder(Path file, Instant before) throws IOException {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file);
        } catch (NoSuchFileException gone) {
            return false;
        }
    }

    /** Where the blob of {@code sha256} lives: {@code <root>/ab/cd/<sha256>}. */
    public Path pathOf(String sha256) {
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hexadecimal SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    static RuleViolation corrupted() {
        return RuleViolation.conflict("file.corrupted", "file");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String hashOf(FileChannel channel) throws IOException {
        MessageDigest digest = sha256();
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        channel.position(0);
        while (channel.read(buffer) != -1) {
            buffer.flip();
            digest.update(buffer);
            buffer.clear();
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long mebibytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remove staged file " + file, e);
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing after a failure: the failure is what counts
            }
        }
    }

    /** Hashes what passes; at the end, fails unless the bytes hash to what was verified. */
    private static final class VerifyingInputStream extends FilterInputStream {

        private final String expectedSha256;
        private final long expectedSize;
        private final MessageDigest digest = sha256();
        private long read;
        private boolean checked;

        VerifyingInputStream(InputStream in, String expectedSha256, long expectedSize) {
            super(in);
            this.expectedSha256 = expectedSha256;
            this.expectedSize = expectedSize;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b == -1) {
                check();
            } else {
                digest.update((byte) b);
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n == -1) {
                check();
            } else {
                digest.update(buffer, offset, n);
                read += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // skipped bytes must be hashed too, so they are read
            byte[] buffer = new byte[(int) Math.min(BUFFER, Math.max(n, 0))];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r == -1) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void check() throws IOException {
            if (checked) {
                return;
            }
            checked = true;
            String actual = HexFormat.of().formatHex(digest.digest());
            if (read != expectedSize || !actual.equals(expectedSha256)) {
                LOG.severe(() -> "Stored file " + expectedSha256 + " changed while it was read");
                throw new IOException(
                        "file.corrupted: stored file " + expectedSha256 + " changed while read", corrupted());
            }
        }
    }
}
