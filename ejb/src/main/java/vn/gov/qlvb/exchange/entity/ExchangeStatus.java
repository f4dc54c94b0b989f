package vn.gov.qlvb.exchange.entity;

import java.util.Arrays;
import java.util.Optional;

/** The {@code StatusCode} of an edXML status package (QCVN 102:2016). */
public enum ExchangeStatus {
    /** 01 Đã đến: arrived at the receiving system, not yet handled by the clerk. */
    ARRIVED("01"),
    /** 02 Từ chối tiếp nhận: refused or returned; a reason is required. */
    REFUSED("02"),
    /** 03 Đã tiếp nhận: accepted and registered. */
    REGISTERED("03"),
    /** 04 Phân công: assigned for handling. */
    ASSIGNED("04"),
    /** 05 Đang xử lý: being processed. */
    PROCESSING("05"),
    /** 06 Hoàn thành: completed. */
    COMPLETED("06"),
    /** 13: the sender asks to recall the document. */
    RECALL_REQUESTED("13"),
    /** 15: the recall or update was accepted by the receiver. */
    RECALL_ACCEPTED("15"),
    /** 16: the recall or update was refused by the receiver. */
    RECALL_REFUSED("16");

    private final String code;

    ExchangeStatus(String code) {
        this.code = code;
    }

    /** The two-digit code as it travels. */
    public String code() {
        return code;
    }

    public static Optional<ExchangeStatus> ofCode(String code) {
        String trimmed = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(s -> s.code.equals(trimmed)).findFirst();
    }
}
