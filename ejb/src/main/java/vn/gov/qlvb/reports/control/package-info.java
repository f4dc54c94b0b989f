/**
 * The renderers of registers and reports, and the libraries behind them.
 *
 * <ul>
 *   <li><b>PDF: Apache PDFBox 3.0</b> ({@link vn.gov.qlvb.reports.control.RegisterPdfPrinter}),
 *       the PDF library of the stack (EU DSS builds its PAdES signatures on it too). Text
 *       is laid out by hand: a register is one table, and a page model of our own (wrapping,
 *       repeated headers, rows split across pages, page numbers stamped at the end) costs less
 *       than a report engine and its dependencies.
 *   <li><b>Font: Liberation Serif 2.1</b> ({@link vn.gov.qlvb.reports.control.RegisterFonts}),
 *       SIL Open Font License 1.1, from {@code com.mpobjects.jasperreports.font:
 *       jasperreports-fonts-liberation} (a jar of font files only, no dependencies). It has the
 *       Vietnamese glyphs and the metrics of Times New Roman, the decree's typeface, which may
 *       not be redistributed.
 *   <li><b>Excel: fastexcel</b> ({@code org.dhatim:fastexcel}, Apache License 2.0)
 *       ({@link vn.gov.qlvb.reports.control.RegisterXlsxExporter}) rather than Apache POI's
 *       SXSSF. Both stream rows with inline strings; fastexcel needs no temporary files and
 *       brings one small dependency ({@code opczip}), where POI's OOXML part brings XMLBeans and its schema jar,
 *       commons-compress, commons-io, commons-collections4, commons-math3 and log4j-api into
 *       the EAR next to the server's own XML stack. It writes everything a
 *       register needs: merged title cells, styles, column widths, frozen and repeated header
 *       rows, A4 landscape page set-up with footers. Reading .xlsx is not needed in
 *       production; the tests read the files back with {@code fastexcel-reader}.
 * </ul>
 */
package vn.gov.qlvb.reports.control;
