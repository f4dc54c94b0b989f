package vn.gov.qlvb.files.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileTypeTest {

    @ParameterizedTest
    @CsvSource({
        "Tờ trình.pdf,PDF",
        "TỜ TRÌNH.PDF,PDF",
        "công văn.doc,DOC",
        "quyết định.docx,DOCX",
        "kế hoạch.odt,ODT",
        "ảnh.jpg,JPEG",
        "ảnh.jpeg,JPEG",
        "ảnh.JPG,JPEG",
        "chữ ký.png,PNG",
        "bản quét.tif,TIFF",
        "bản quét.tiff,TIFF",
        "báo cáo.xls,XLS",
        "báo cáo.xlsx,XLSX",
        "v1.2.tờ trình.pdf,PDF"
    })
    void theExtensionAnnouncesTheKind(String fileName, FileType type) {
        assertEquals(type, FileType.ofFileName(fileName));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"a.exe", "a.zip", "a.rar", "a.html", "a.txt", "a.rtf", "a.docm", "a.pptx", "a", "a.", ".pdf.exe"
            })
    void anyOtherExtensionIsNotAllowed(String fileName) {
        var refused = assertRefused("file.typeNotAllowed", "file", () -> FileType.ofFileName(fileName));

        assertEquals(FileType.allowedExtensions(), refused.arguments()[0]);
    }

    @Test
    void theAllowedExtensionsReadAsAList() {
        assertEquals(
                ".pdf, .doc, .docx, .odt, .jpg, .jpeg, .png, .tif, .tiff, .xls, .xlsx", FileType.allowedExtensions());
    }

    @Test
    void contentOfAnotherKindIsAMismatch() {
        assertDoesNotThrow(() -> FileType.PDF.requireContentOf("application/pdf"));

        var refused = assertRefused("file.typeMismatch", "file", () -> FileType.PDF.requireContentOf("image/png"));

        assertEquals("PDF", refused.arguments()[0]);
        assertRefused("file.typeMismatch", "file", () -> FileType.DOCX.requireContentOf("application/zip"));
        assertRefused("file.typeMismatch", "file", () -> FileType.DOC.requireContentOf(null));
    }

    @Test
    void everyKindIsFoundByItsMediaType() {
        for (FileType type : FileType.values()) {
            assertEquals(Optional.of(type), FileType.ofMediaType(type.mediaType()));
            assertTrue(type.extensions().size() >= 1);
        }
        assertEquals(Optional.empty(), FileType.ofMediaType("application/zip"));
    }
}
