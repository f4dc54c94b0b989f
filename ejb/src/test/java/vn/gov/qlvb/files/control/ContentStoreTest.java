package vn.gov.qlvb.files.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.qlvb.platform.entity.RuleViolation;

class ContentStoreTest {

    private static final long LIMIT = 10L * 1024 * 1024;

    @TempDir
    Path root;

    private ContentStore store;

    @BeforeEach
    void openStore() {
        store = new ContentStore(root);
    }

    private String put(byte[] bytes) {
        try (StagedContent staged = store.stage(new ByteArrayInputStream(bytes), LIMIT)) {
            staged.keep();
            return staged.sha256();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void roundTripKeepsTheExactBytesUnderTheirHash() throws Exception {
        byte[] bytes = random(300_000);

        String sha256 = put(bytes);

        assertEquals(sha256(bytes), sha256);
        Path blob = store.pathOf(sha256);
        assertEquals(
                root.resolve(sha256.substring(0, 2))
                        .resolve(sha256.substring(2, 4))
                        .resolve(sha256),
                blob);
        try (InputStream in = store.open(sha256, bytes.length)) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
    }

    @Test
    void theSameBytesAreStoredOnceAndNeverRewritten() throws Exception {
        byte[] bytes = "Công văn số 12/UBND-VX".getBytes(StandardCharsets.UTF_8);
        String first = put(bytes);
        Path blob = store.pathOf(first);
        Object inode = Files.readAttributes(blob, BasicFileAttributes.class).fileKey();
        FileTime written = Files.getLastModifiedTime(blob);

        String second = put(bytes);

        assertEquals(first, second);
        assertEquals(
                inode, Files.readAttributes(blob, BasicFileAttributes.class).fileKey());
        assertEquals(written, Files.getLastModifiedTime(blob));
        assertEquals(List.of(blob), filesUnder(root), "one blob, no staged leftovers");
    }

    @Test
    void anExistingBlobIsNeverOverwritten() throws Exception {
        byte[] bytes = random(1000);
        String sha256 = sha256(bytes);
        Path blob = store.pathOf(sha256);
        Files.createDirectories(blob.getParent());
        Files.write(blob, "something else under that name".getBytes(StandardCharsets.UTF_8));

        put(bytes);

        assertEquals("something else under that name", Files.readString(blob));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> store.open(sha256, bytes.length));
        assertEquals("file.corrupted", refused.code());
    }

    @Test
    void aBlobIsReadOnlyOnceKept() throws IOException {
        String sha256 = put(random(100));

        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(store.pathOf(sha256));
        assertFalse(permissions.contains(PosixFilePermission.OWNER_WRITE), permissions.toString());
    }

    @Test
    void aChangedByteIsRefusedOnRead() throws Exception {
        byte[] bytes = random(5000);
        String sha256 = put(bytes);
        flipAByte(store.pathOf(sha256), 2500);

        RuleViolation refused = assertThrows(RuleViolation.class, () -> store.open(sha256, bytes.length));

        assertEquals("file.corrupted", refused.code());
        assertEquals("file", refused.field());
        assertEquals(RuleViolation.Kind.CONFLICT, refused.kind());
    }

    @Test
    void aMissingOrTruncatedBlobIsRefusedOnRead() throws Exception {
        byte[] bytes = random(5000);
        String sha256 = put(bytes);
        Path blob = store.pathOf(sha256);
        blob.toFile().setWritable(true);
        try (RandomAccessFile file = new RandomAccessFile(blob.toFile(), "rw")) {
            file.setLength(4000);
        }
        assertEquals(
                "file.corrupted",
                assertThrows(RuleViolation.class, () -> store.open(sha256, 5000))
                        .code());

        Files.delete(blob);
        assertEquals(
                "file.corrupted",
                assertThrows(RuleViolation.class, () -> store.open(sha256, 5000))
                        .code());
    }

    @Test
    void bytesChangedWhileTheyAreReadFailTheStreamAtItsEnd() throws Exception {
        byte[] bytes = random(200_000);
        String sha256 = put(bytes);

        try (InputStream in = store.open(sha256, bytes.length)) {
            in.readNBytes(1000);
            flipAByte(store.pathOf(sha256), 150_000);

            IOException failed = assertThrows(IOException.class, in::readAllBytes);
            RuleViolation cause = assertInstanceOf(RuleViolation.class, failed.getCause());
            assertEquals("file.corrupted", cause.code());
        }
    }

    private static void flipAByte(Path blob, long position) throws IOException {
        blob.toFile().setWritable(true);
        try (RandomAccessFile file = new RandomAccessFile(blob.toFile(), "rw")) {
            file.seek(position);
            int b = file.read();
            file.seek(position);
            file.write(b ^ 0x01);
        }
    }

    @Test
    void nothingIsVisibleUnderTheFinalNameUntilAllBytesAreWritten() throws Exception {
        byte[] bytes = random(1_000_000);
        Path finalName = store.pathOf(sha256(bytes));
        List<Boolean> visibleWhileWriting = new ArrayList<>();
        List<Integer> stagedWhileWriting = new ArrayList<>();
        InputStream watched = new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                visibleWhileWriting.add(Files.exists(finalName));
                try (Stream<Path> staged = Files.list(root.resolve("tmp"))) {
                    stagedWhileWriting.add((int) staged.count());
                }
                return super.read(buffer, offset, Math.min(length, 100_000));
            }
        };

        try (StagedContent staged = store.stage(watched, LIMIT)) {
            assertFalse(Files.exists(finalName), "visible before keep()");
            staged.keep();
            assertArrayEquals(bytes, Files.readAllBytes(finalName));
        }

        assertTrue(visibleWhileWriting.size() > 5, "read in several pieces");
        assertTrue(visibleWhileWriting.stream().noneMatch(v -> v), "visible while writing");
        assertTrue(stagedWhileWriting.stream().allMatch(n -> n == 1), "staged under tmp/ meanwhile");
        assertEquals(List.of(finalName), filesUnder(root));
    }

    @Test
    void aDiscardedUploadLeavesNothing() throws Exception {
        try (StagedContent staged = store.stage(new ByteArrayInputStream(random(1000)), LIMIT)) {
            assertTrue(Files.exists(staged.path()));
        }

        assertEquals(List.of(), filesUnder(root));
    }

    @Test
    void noBytesAreRefusedAsEmpty() throws Exception {
        assertRefused("file.empty", "file", () -> store.stage(InputStream.nullInputStream(), LIMIT));

        assertEquals(List.of(), filesUnder(root));
    }

    @Test
    void theCopyStopsAsSoonAsTheLimitIsPassed() throws Exception {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                served[0] += length;
                Arrays.fill(buffer, offset, offset + length, (byte) 'x');
                return length;
            }
        };

        RuleViolation refused = assertRefused("file.tooLarge", "file", () -> store.stage(endless, 2L * 1024 * 1024));

        assertEquals(2L, refused.arguments()[0], "limit in MiB");
        assertTrue(served[0] < 3L * 1024 * 1024, "read " + served[0] + " bytes");
        assertEquals(List.of(), filesUnder(root));
    }

    @Test
    void exactlyTheLimitIsAccepted() throws Exception {
        byte[] bytes = random(4096);

        try (StagedContent staged = store.stage(new ByteArrayInputStream(bytes), 4096)) {
            assertEquals(4096, staged.size());
        }
        assertRefused("file.tooLarge", "file", () -> store.stage(new ByteArrayInputStream(random(4097)), 4096));
    }

    @Test
    void aLargeScanStreamsThroughInBlocks() throws Exception {
        long size = 60L * 1024 * 1024;
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        InputStream scan = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                throw new UnsupportedOperationException("read in blocks");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) ((size - left + i) % 251);
                }
                expected.update(buffer, offset, n);
                left -= n;
                return n;
            }
        };

        String sha256;
        try (StagedContent staged = store.stage(scan, size)) {
            staged.keep();
            sha256 = staged.sha256();
            assertEquals(size, staged.size());
        }

        assertEquals(HexFormat.of().formatHex(expected.digest()), sha256);
        try (InputStream in = store.open(sha256, size)) {
            assertEquals(size, in.transferTo(OutputStream.nullOutputStream()));
        }
    }

    @Test
    void stagedLeftoversOfACrashAreSweptButBlobsAreNot() throws Exception {
        String sha256 = put(random(100));
        Path old = Files.write(root.resolve("tmp").resolve("upload-1.part"), new byte[10]);
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path recent = Files.write(root.resolve("tmp").resolve("upload-2.part"), new byte[10]);

        assertEquals(1, store.sweepStaging(Duration.ofDays(1)));

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent));
        assertTrue(store.contains(sha256));
    }

    @Test
    void aStagedFileKeptOrDiscardedWhileTheSweepRunsIsNoError() throws Exception {
        // listed by the sweep, then moved to its blob by the upload that staged it
        Path listed = root.resolve("tmp").resolve("upload-3.part");

        assertFalse(ContentStore.sweptIfOlder(listed, Instant.now()));
    }

    @Test
    void onlyLowerCaseHexHashesNameABlob() {
        assertThrows(IllegalArgumentException.class, () -> store.pathOf("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.pathOf("AB".repeat(32)));
    }

    @Test
    void theServerStoreLivesUnderTheConfiguredDirectoryElseInTheServersData() {
        String previousDirectory = System.getProperty(ContentStore.DIRECTORY_PROPERTY);
        String previousData = System.getProperty("jboss.server.data.dir");
        try {
            System.setProperty(
                    ContentStore.DIRECTORY_PROPERTY, root.resolve("kho tệp").toString());
            System.setProperty("jboss.server.data.dir", root.resolve("data").toString());
            assertEquals(root.resolve("kho tệp"), ContentStore.configured().root());

            System.clearProperty(ContentStore.DIRECTORY_PROPERTY);
            assertEquals(
                    root.resolve("data/qlvb/files"), ContentStore.configured().root());

            System.clearProperty("jboss.server.data.dir");
            assertThrows(IllegalStateException.class, ContentStore::configured);
        } finally {
            restore(ContentStore.DIRECTORY_PROPERTY, previousDirectory);
            restore("jboss.server.data.dir", previousData);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
