package vn.gov.qlvb.files.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import java.text.Normalizer;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:15:00Z");
    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static StoredFile content(String mediaType) {
        return new StoredFile(SHA256, 1234, mediaType, NOW);
    }

    @Test
    void recordsTheNameTheContentTheUploaderAndTheTime() {
        StoredFile pdf = content("application/pdf");

        Attachment attachment = new Attachment("Tờ trình số 15/TTr-UBND.pdf".replace('/', '-'), pdf, 42, NOW);

        assertEquals("Tờ trình số 15-TTr-UBND.pdf", attachment.getFileName());
        assertEquals("application/pdf", attachment.getMediaType());
        assertEquals(FileType.PDF, attachment.getType());
        assertSame(pdf, attachment.getContent());
        assertEquals(1234, attachment.getSize());
        assertEquals(42, attachment.getUploadedBy());
        assertEquals(NOW, attachment.getUploadedAt());
    }

    @Test
    void aNameThatLiesAboutTheContentIsRefused() {
        var refused = assertRefused(
                "file.typeMismatch", "file", () -> new Attachment("Tờ trình.pdf", content("image/png"), 42, NOW));

        assertEquals("PDF", refused.arguments()[0]);
    }

    @Test
    void contentOfAKindNotAllowedIsRefusedUnderAnyName() {
        assertRefused(
                "file.typeNotAllowed", "file", () -> new Attachment("nén.zip", content("application/zip"), 42, NOW));
        assertRefused(
                "file.typeMismatch", "file", () -> new Attachment("nén.docx", content("application/zip"), 42, NOW));
    }

    @Test
    void theNameLosesItsDirectoryAndBlanksAndIsKeptInNfc() {
        String decomposed = Normalizer.normalize("Quyết định bổ nhiệm.pdf", Normalizer.Form.NFD);

        assertEquals("Quyết định bổ nhiệm.pdf", Attachment.fileNameOf("  " + decomposed + " "));
        assertEquals("Quyết định bổ nhiệm.pdf", Attachment.fileNameOf("C:\\Users\\Văn thư\\Quyết định bổ nhiệm.pdf"));
        assertEquals("Quyết định bổ nhiệm.pdf", Attachment.fileNameOf("/home/vanthu/Quyết định bổ nhiệm.pdf"));
        assertEquals("Quyết định bổ nhiệm.pdf", Attachment.fileNameOf("../../Quyết định bổ nhiệm.pdf"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "C:\\Users\\", "thư mục/"})
    void aNameWithNothingLeftIsRequired(String name) {
        assertRefused("field.required", "file", () -> Attachment.fileNameOf(name));
        assertRefused("field.required", "file", () -> Attachment.fileNameOf(null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tờ trình\r\nX-Injected: 1.pdf",
                "tờ\ttrình.pdf",
                "hợp đồng\u202Efdp.exe",
                "tờ trình\u200B.pdf",
                "tờ trình\u0000.pdf"
            })
    void controlAndHiddenFormattingCharactersAreRefused(String name) {
        assertRefused("file.nameInvalid", "file", () -> Attachment.fileNameOf(name));
    }

    @Test
    void aNameKeeps255CharactersAndNoMore() {
        String longest = "Ư".repeat(251) + ".pdf";

        assertEquals(longest, Attachment.fileNameOf(longest));
        var refused = assertRefused("field.tooLong", "file", () -> Attachment.fileNameOf("Ư" + longest));
        assertEquals(255, refused.arguments()[0]);
    }

    @Test
    void aStoredFileIsNamedByALowerCaseSha256OfAtLeastOneByte() {
        assertThrows(IllegalArgumentException.class, () -> new StoredFile("abc", 1, "application/pdf", NOW));
        assertThrows(
                IllegalArgumentException.class, () -> new StoredFile(SHA256.toUpperCase(), 1, "application/pdf", NOW));
        assertThrows(IllegalArgumentException.class, () -> new StoredFile(SHA256, 0, "application/pdf", NOW));
        assertThrows(IllegalArgumentException.class, () -> new StoredFile(SHA256, 1, " ", NOW));
        assertThrows(IllegalArgumentException.class, () -> new StoredFile(SHA256, 1, "application/pdf", null));

        StoredFile file = new StoredFile(SHA256, 52_428_800, "application/pdf", NOW);
        assertEquals(SHA256, file.getSha256());
        assertEquals(52_428_800, file.getSize());
        assertEquals("application/pdf", file.getMediaType());
        assertEquals(NOW, file.getCreatedAt());
    }
}
