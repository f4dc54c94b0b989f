package vn.gov.qlvb.reports.control;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.gov.qlvb.reports.entity.RegisterSheet;

/**
 * Run in a JVM of its own with a small heap by {@link RegisterXlsxExporterTest}: exports a
 * generated register of {@code args[1]} rows to the file {@code args[0]} and prints the time it
 * took and the peak heap in use.
 */
public final class XlsxExportOnSmallHeap {

    private XlsxExportOnSmallHeap() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        RegisterSheet sheet = RegisterSheet.incomingRegister(
                RegisterFixtures.AGENCY,
                RegisterFixtures.PERIOD,
                RegisterFixtures.generated(rows),
                RegisterFixtures.MARK);
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            new RegisterXlsxExporter().export(sheet, out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                "exported %d rows in %d ms, %d bytes, peak heap used %d MiB of max %d MiB%n",
                rows, millis, Files.size(file), peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
