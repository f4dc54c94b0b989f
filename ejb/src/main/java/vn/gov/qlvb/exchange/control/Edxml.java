package vn.gov.qlvb.exchange.control;

import java.time.format.DateTimeFormatter;

/** The names and formats of edXML (QCVN 102:2016) shared by the inbound and outbound sides. */
public final class Edxml {

    /** The edXML namespace. */
    public static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    /** The prefix the builder emits (the samples' one). */
    public static final String PREFIX = "edXML";
    /** The XML-DSig namespace. */
    public static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
    /** Dates: {@code yyyy/MM/dd}. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    /** Dates accepted on input too: {@code dd/MM/yyyy}. */
    public static final DateTimeFormatter DATE_DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /** Timestamps, Vietnam time: {@code yyyy/MM/dd HH:mm:ss}. */
    public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");
    /** The time zone of every edXML timestamp. */
    public static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private Edxml() {}
}
