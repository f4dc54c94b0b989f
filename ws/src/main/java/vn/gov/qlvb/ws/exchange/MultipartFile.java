package vn.gov.qlvb.ws.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import vn.gov.qlvb.exchange.entity.PackageRefusal;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;

/**
 * The part {@code file} of a {@code multipart/form-data} body, cut from the raw body (which the
 * HMAC covers as sent), byte for byte.
 */
final class MultipartFile {

    private MultipartFile() {}

    static byte[] fileOf(byte[] body, String contentType) {
        String boundary = boundaryOf(contentType);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int headersStart = at + delimiter.length;
            if (headersStart + 2 <= body.length && body[headersStart] == '-' && body[headersStart + 1] == '-') {
                break;
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                break;
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.ISO_8859_1)
                    .toLowerCase(Locale.ROOT);
            int contentStart = headersEnd + 4;
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), contentStart);
            if (next < 0) {
                break;
            }
            if (headers.matches("(?s).*content-disposition:[^\\r\\n]*\\bname=\"?file\"?[;\\s\\r\\n].*")
                    || headers.matches("(?s).*content-disposition:[^\\r\\n]*\\bname=\"?file\"?$")) {
                return Arrays.copyOfRange(body, contentStart, next);
            }
            at = next + 2;
        }
        throw new PackageRefusedException(PackageRefusal.MALFORMED_PACKAGE, "the multipart body has no part 'file'");
    }

    private static String boundaryOf(String contentType) {
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = p.substring("boundary=".length());
                return value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
            }
        }
        throw new PackageRefusedException(PackageRefusal.MALFORMED_PACKAGE, "the multipart body has no boundary");
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
