package vn.gov.qlvb.exchange.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The evidence log's chain: each entry's hash covers its fields, its bytes and the one before. */
class EvidenceEntryTest {

    private ChainHead head;
    private final List<EvidenceEntry> log = new ArrayList<>();

    @BeforeEach
    void emptyChain() throws Exception {
        Constructor<ChainHead> constructor = ChainHead.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        head = constructor.newInstance();
        set(head, "lastPosition", 0L);
        set(head, "lastHash", ChainHead.GENESIS);
        for (int i = 0; i < 5; i++) {
            byte[] bytes = ("package " + i).getBytes();
            log.add(EvidenceEntry.append(
                    head, PackageDirection.RECEIVED, status(), "nghean", bytes, EvidenceEntry.sha256(bytes)));
        }
    }

    private static EdxmlPackage status() {
        return EdxmlPackage.status(
                new StatusHeader(
                        Organ.of("000.00.00.H41", "Nghệ An"),
                        new ResponseFor("000.00.00.H99", "1/UBND", "2026/11/20", "000.00.00.H99,2026/11/20,1/UBND"),
                        null,
                        ExchangeStatus.REGISTERED,
                        "",
                        LocalDateTime.of(2026, 11, 23, 9, 0)),
                List.of());
    }

    private Optional<String> firstBreak() {
        String previous = ChainHead.GENESIS;
        long expected = 1;
        for (EvidenceEntry entry : log) {
            Optional<String> broken = entry.breakAfter(expected, previous);
            if (broken.isPresent()) {
                return Optional.of(expected + ": " + broken.get());
            }
            previous = entry.getEntryHash();
            expected++;
        }
        return Optional.empty();
    }

    @Test
    void intactChainHolds() {
        assertEquals(Optional.empty(), firstBreak());
        assertEquals(5, head.getLastPosition());
        assertEquals(log.get(4).getEntryHash(), head.getLastHash());
    }

    @Test
    void aHashGivenForOtherBytesBreaksTheAppendedEntry() {
        log.add(EvidenceEntry.append(
                head,
                PackageDirection.RECEIVED,
                status(),
                "nghean",
                "package 5".getBytes(),
                EvidenceEntry.sha256("package 6".getBytes())));
        assertEquals(
                "6: the package bytes do not match their hash", firstBreak().orElseThrow());
    }

    @Test
    void changedBytesBreakTheirEntry() throws Exception {
        set(log.get(2), "packageBytes", "package X".getBytes());
        assertEquals(
                "3: the package bytes do not match their hash", firstBreak().orElseThrow());
    }

    @Test
    void changedBytesWithTheirHashBreakTheEntryHash() throws Exception {
        set(log.get(2), "packageBytes", "package X".getBytes());
        set(log.get(2), "packageSha256", EvidenceEntry.sha256("package X".getBytes()));
        assertEquals(
                "3: the entry's own hash does not match its fields",
                firstBreak().orElseThrow());
    }

    @Test
    void rewrittenEntryBreaksTheLinkOfTheNext() throws Exception {
        set(log.get(1), "documentId", "khác");
        set(log.get(1), "entryHash", "f".repeat(64));
        assertTrue(firstBreak().orElseThrow().startsWith("2: "), firstBreak().toString());
    }

    @Test
    void removedEntryBreaksAtItsPosition() {
        log.remove(3);
        assertEquals("4: position 4 is missing", firstBreak().orElseThrow());
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
