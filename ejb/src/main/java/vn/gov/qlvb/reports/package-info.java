/**
 * Registers and reports: the outputs that Decree 30/2020/NĐ-CP requires of a document system
 * (Appendix VI, Part I, V), printed as PDF and exported as Excel.
 *
 * <p>It owns the <em>form</em> of those outputs, not their content: the title, the columns and
 * their order for each of the four layouts of the law ({@code entity.RegisterLayout}: the
 * incoming and outgoing registers with the decree's own column headings from Appendix IV, and
 * the reports on the handling of incoming and outgoing documents, whose columns the appendices
 * leave open), the page layout, the fonts, and the print mark that every printed copy carries
 * (Appendix VI, Part I, III.6.k).
 *
 * <p>Invariants: a {@code RegisterSheet} is immutable but for its rows, which a renderer reads
 * exactly once and in order, so the rows may stream from a database cursor; every row has one
 * cell per column; every printed page carries the print mark and "Trang x/y"; text is printed
 * in Unicode NFC.
 *
 * <p>Whom it talks to: the capabilities that keep documents (incoming, outgoing) build the rows
 * from the typed entries in {@code entity} and hand a sheet to {@code boundary.RegisterPrinting};
 * the web module streams the result to the browser. It reads no database and depends on no
 * other capability. Logging who printed what belongs to the audit capability.
 */
package vn.gov.qlvb.reports;
