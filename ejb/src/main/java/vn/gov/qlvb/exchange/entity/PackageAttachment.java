package vn.gov.qlvb.exchange.entity;

import java.util.Arrays;

/**
 * One attached file of a document package: its content id ({@code cid:…}), name, description,
 * content type and the decoded bytes as they travelled (still zipped when the sender zipped it,
 * see {@link #zipped()}).
 */
public record PackageAttachment(String contentId, String name, String description, String contentType, byte[] content) {

    public PackageAttachment {
        content = content.clone();
    }

    /** True when the content is a zip archive (the national SDK zips each file). */
    public boolean zipped() {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackageAttachment a
                && a.contentId.equals(contentId)
                && a.name.equals(name)
                && a.description.equals(description)
                && a.contentType.equals(contentType)
                && Arrays.equals(a.content, content);
    }

    @Override
    public int hashCode() {
        return contentId.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "PackageAttachment[" + contentId + ", " + name + ", " + contentType + ", " + content.length + " bytes]";
    }
}
