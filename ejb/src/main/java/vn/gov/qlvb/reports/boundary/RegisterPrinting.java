package vn.gov.qlvb.reports.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import vn.gov.qlvb.reports.control.RegisterPdfPrinter;
import vn.gov.qlvb.reports.control.RegisterXlsxExporter;
import vn.gov.qlvb.reports.entity.RegisterSheet;

/**
 * Prints and exports registers and reports. Callers decide what a person may see: the sheet
 * arrives with its rows already chosen by the capability that keeps the documents, so this
 * boundary checks nothing itself and reads no database.
 *
 * <p>It joins the caller's transaction when there is one, so rows that stream from a query
 * of that transaction can still be read; it never starts one, so a long export holds no
 * transaction of its own.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RegisterPrinting {

    /** The media type of {@link #pdf}. */
    public static final String PDF = "application/pdf";

    /** The media type of {@link #xlsx}. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * Writes the sheet as PDF, A4 landscape, to {@code out} (not closed). Nothing is written
     * until the last row is laid out; the page tree stays in memory meanwhile (about 100,000
     * rows, 9,000 pages, fit in a 256 MiB heap), so offer Excel for the largest registers.
     *
     * @throws IllegalArgumentException when a row does not match the columns
     * @throws UncheckedIOException when {@code out} fails
     */
    public void pdf(RegisterSheet sheet, OutputStream out) {
        try {
            new RegisterPdfPrinter().print(sheet, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the sheet as an Excel workbook to {@code out} (not closed), streaming: bytes reach
     * {@code out} while rows are still being read, so a failure half-way leaves a truncated
     * file there; a caller writing to an HTTP response should let the exception abort it.
     *
     * @throws IllegalArgumentException when a row does not match the columns
     * @throws UncheckedIOException when {@code out} fails
     */
    public void xlsx(RegisterSheet sheet, OutputStream out) {
        try {
            new RegisterXlsxExporter().export(sheet, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
