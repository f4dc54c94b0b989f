package vn.gov.qlvb.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads an exported workbook's first sheet as rows of cell texts (fastexcel reader). */
final class Sheets {

    private Sheets() {}

    static List<List<String>> rows(byte[] xlsx) {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCellAsString(c).orElse(""));
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The one row with a cell containing {@code text}; fails when there is none or more than one. */
    static List<String> rowWith(List<List<String>> rows, String text) {
        List<List<String>> found = rows.stream()
                .filter(r -> r.stream().anyMatch(c -> c.contains(text)))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " rows with \"" + text + "\" in " + rows);
        }
        return found.get(0);
    }
}
