package vn.gov.qlvb.web.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.gov.qlvb.files.boundary.FileContent;

/**
 * A stored file as the REST API answers it: streamed (closed once written), shown inline in the
 * browser (a PDF opens in place), its name in RFC 5987 form so Vietnamese names survive, its
 * detected type enforced ({@code nosniff}).
 */
public final class FileResponses {

    private FileResponses() {}

    public static Response inline(FileContent content) {
        StreamingOutput body = out -> {
            try (content) {
                content.bytes().transferTo(out);
            }
        };
        String encoded =
                URLEncoder.encode(content.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, content.mediaType())
                .header("Content-Length", content.size())
                .header("Content-Disposition", "inline; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
