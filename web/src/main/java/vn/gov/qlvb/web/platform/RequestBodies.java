package vn.gov.qlvb.web.platform;

import vn.gov.qlvb.platform.entity.RuleViolation;

/** Bodies of REST requests: a missing one is refused like a malformed one. */
public final class RequestBodies {

    private RequestBodies() {}

    /** @throws RuleViolation {@code request.malformed} (HTTP 400) when there is no body */
    public static <T> T required(T body) {
        if (body == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        return body;
    }
}
