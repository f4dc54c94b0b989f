package vn.gov.qlvb.files.boundary;

import java.io.IOException;
import java.io.InputStream;
import vn.gov.qlvb.files.entity.Attachment;

/**
 * An attachment opened for reading: its record (name, media type, size) and its bytes, verified
 * against their SHA-256. The reader closes it. Should the bytes change on disk while they are
 * read, the stream fails at its end with an {@link IOException} caused by a
 * {@code file.corrupted} refusal.
 */
public record FileContent(Attachment attachment, InputStream bytes) implements AutoCloseable {

    public String fileName() {
        return attachment.getFileName();
    }

    public String mediaType() {
        return attachment.getMediaType();
    }

    public long size() {
        return attachment.getSize();
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }
}
