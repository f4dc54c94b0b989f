package vn.gov.qlvb.exchange.entity;

import java.util.Arrays;
import java.util.Optional;

/** {@code Bussiness/BussinessDocType}: what a document package does to the document it names. */
public enum BusinessDocType {
    /** 0: a new document. */
    NEW(0),
    /** 1: recall (thu hồi) of a document sent before. */
    RECALL(1),
    /** 2: update (cập nhật) of a document sent before, e.g. its recipient list. */
    UPDATE(2),
    /** 3: replace (thay thế) documents sent before by this one. */
    REPLACE(3);

    private final int code;

    BusinessDocType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<BusinessDocType> ofCode(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}
