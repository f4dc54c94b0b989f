package vn.gov.qlvb.files.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the names at the top of an OLE2 compound file ([MS-CFB]), the container of Word 97–2003
 * ({@code WordDocument}) and Excel 97–2003 ({@code Workbook}, {@code Book} for Excel 5/95)
 * files, without loading the file. Tika core tells only that a file is such a container (its
 * own magic finds the stream names only when the directory happens to sit near the start,
 * which Word rarely does); this reads the directory wherever it is.
 *
 * <ol>
 *   <li>the 512-byte header: signature, sector size (512 or 4096), the first sectors of the
 *       allocation table (FAT) and of the directory;
 *   <li>the rest of the FAT's sector list from the DIFAT chain, for files past about 7 MB;
 *   <li>the directory's sector chain, followed through the FAT;
 *   <li>the root entry's children: a red-black tree walked through left and right siblings.
 * </ol>
 *
 * Every chain is bounded and checked for loops: a malformed or hostile file ends in an
 * {@link IOException}, never in a loop or an allocation the file's size does not justify.
 */
final class CompoundFileDirectory {

    static final byte[] SIGNATURE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private static final long MAX_REGULAR_SECTOR = 0xFFFFFFFAL;
    private static final long END_OF_CHAIN = 0xFFFFFFFEL;
    private static final long NO_STREAM = 0xFFFFFFFFL;
    private static final int HEADER_DIFAT_ENTRIES = 109;
    private static final int ENTRY_SIZE = 128;
    private static final int TYPE_STORAGE = 1;
    private static final int TYPE_STREAM = 2;
    private static final int TYPE_ROOT = 5;

    private final FileChannel channel;
    private final long fileSize;
    private int sectorSize;
    private final List<Long> fatSectors = new ArrayList<>();

    private CompoundFileDirectory(FileChannel channel) throws IOException {
        this.channel = channel;
        this.fileSize = channel.size();
    }

    /**
     * The names of the streams and storages directly under the root storage.
     *
     * @throws IOException when the file is not a well-formed compound file
     */
    static Set<String> rootEntryNames(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new CompoundFileDirectory(channel).read();
        }
    }

    private Set<String> read() throws IOException {
        ByteBuffer header = bytes(0, 512);
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (header.get(i) != SIGNATURE[i]) {
                throw malformed("no OLE2 signature");
            }
        }
        int shift = header.getShort(0x1E) & 0xFFFF;
        if (shift != 9 && shift != 12) {
            throw malformed("sector shift " + shift);
        }
        sectorSize = 1 << shift;
        long fatCount = unsigned(header.getInt(0x2C));
        long firstDirectorySector = unsigned(header.getInt(0x30));
        long difatSector = unsigned(header.getInt(0x44));
        long difatCount = unsigned(header.getInt(0x48));
        if (fatCount > sectors()) {
            throw malformed("more FAT sectors than the file holds");
        }
        for (int i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.size() < fatCount; i++) {
            fatSectors.add(unsigned(header.getInt(0x4C + 4 * i)));
        }
        Set<Long> seen = new HashSet<>();
        int perDifatSector = sectorSize / 4 - 1;
        while (fatSectors.size() < fatCount) {
            if (difatSector > MAX_REGULAR_SECTOR || !seen.add(difatSector) || seen.size() > difatCount) {
                throw malformed("broken DIFAT chain");
            }
            ByteBuffer difat = sector(difatSector);
            for (int i = 0; i < perDifatSector && fatSectors.size() < fatCount; i++) {
                fatSectors.add(unsigned(difat.getInt(4 * i)));
            }
            difatSector = unsigned(difat.getInt(4 * perDifatSector));
        }
        List<ByteBuffer> entries = directoryEntries(firstDirectorySector);
        if (entries.isEmpty() || type(entries.get(0)) != TYPE_ROOT) {
            throw malformed("no root entry");
        }
        return childrenOf(entries.get(0), entries);
    }

    private List<ByteBuffer> directoryEntries(long first) throws IOException {
        List<ByteBuffer> entries = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (long sector = first; sector != END_OF_CHAIN; sector = next(sector)) {
            if (sector > MAX_REGULAR_SECTOR || !seen.add(sector) || seen.size() > sectors()) {
                throw malformed("broken directory chain");
            }
            ByteBuffer bytes = sector(sector);
            for (int offset = 0; offset + ENTRY_SIZE <= sectorSize; offset += ENTRY_SIZE) {
                entries.add(bytes.slice(offset, ENTRY_SIZE).order(ByteOrder.LITTLE_ENDIAN));
            }
        }
        return entries;
    }

    /** The entries of the tree below {@code parent}, by name, in directory order. */
    private static Set<String> childrenOf(ByteBuffer parent, List<ByteBuffer> entries) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Set<Long> seen = new HashSet<>();
        Deque<Long> pending = new ArrayDeque<>();
        pending.push(unsigned(parent.getInt(0x4C)));
        while (!pending.isEmpty()) {
            long index = pending.pop();
            if (index == NO_STREAM) {
                continue;
            }
            if (index >= entries.size() || !seen.add(index)) {
                throw malformed("broken directory tree");
            }
            ByteBuffer entry = entries.get((int) index);
            int type = type(entry);
            if (type == TYPE_STREAM || type == TYPE_STORAGE) {
                names.add(name(entry));
            }
            pending.push(unsigned(entry.getInt(0x48)));
            pending.push(unsigned(entry.getInt(0x44)));
        }
        return names;
    }

    private static int type(ByteBuffer entry) {
        return entry.get(0x42) & 0xFF;
    }

    private static String name(ByteBuffer entry) throws IOException {
        int length = entry.getShort(0x40) & 0xFFFF;
        if (length < 2 || length > 64 || length % 2 != 0) {
            throw malformed("entry name length " + length);
        }
        byte[] utf16 = new byte[length - 2];
        entry.get(0, utf16);
        return new String(utf16, StandardCharsets.UTF_16LE);
    }

    /** The FAT entry of {@code sector}: the next sector of its chain. */
    private long next(long sector) throws IOException {
        int perSector = sectorSize / 4;
        long fatIndex = sector / perSector;
        if (fatIndex >= fatSectors.size()) {
            throw malformed("sector " + sector + " outside the FAT");
        }
        long fatSector = fatSectors.get((int) fatIndex);
        if (fatSector > MAX_REGULAR_SECTOR) {
            throw malformed("FAT sector " + fatSector);
        }
        return unsigned(bytes(offsetOf(fatSector) + 4 * (sector % perSector), 4).getInt(0));
    }

    private ByteBuffer sector(long sector) throws IOException {
        return bytes(offsetOf(sector), sectorSize);
    }

    private long offsetOf(long sector) {
        return (sector + 1) * sectorSize;
    }

    private long sectors() {
        return fileSize / sectorSize;
    }

    private ByteBuffer bytes(long offset, int length) throws IOException {
        if (offset < 0 || offset + length > fileSize) {
            throw malformed("read past the end at " + offset);
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw malformed("truncated at " + offset);
            }
        }
        return buffer.flip();
    }

    private static long unsigned(int value) {
        return value & 0xFFFFFFFFL;
    }

    private static IOException malformed(String why) {
        return new IOException("malformed OLE2 compound file: " + why);
    }
}
