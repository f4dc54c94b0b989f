package vn.gov.qlvb.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Test fixtures of the signing tests: drafts as the system prints them, and poppler's tools. */
public final class SigningFixtures {

    public static final String SIGNER = "Nguyễn Văn An";

    private SigningFixtures() {}

    /**
     * A two-page decision draft: page 1 with the agency, "Số:" left blank and the title; page 2
     * with the signature block's lines and, when {@code withName}, the signer's name.
     */
    public static byte[] draft(boolean withName) {
        try (PDDocument document = new PDDocument();
                InputStream regularFile = SignatureAppearance.fontFile("LiberationSerif-Regular.ttf");
                InputStream boldFile = SignatureAppearance.fontFile("LiberationSerif-Bold.ttf")) {
            PDType0Font regular = PDType0Font.load(document, regularFile);
            PDType0Font bold = PDType0Font.load(document, boldFile);
            PDPage first = new PDPage(PDRectangle.A4);
            document.addPage(first);
            try (PDPageContentStream c = new PDPageContentStream(document, first)) {
                text(c, bold, 12, 90, 780, "ỦY BAN NHÂN DÂN");
                text(c, bold, 12, 95, 766, "TỈNH MẪU");
                text(c, bold, 12, 300, 780, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                text(c, regular, 13, 90, 730, "Số:");
                text(c, bold, 14, 250, 680, "QUYẾT ĐỊNH");
                text(c, regular, 13, 85, 640, "Về việc phê duyệt kế hoạch cải cách hành chính năm 2026");
            }
            PDPage second = new PDPage(PDRectangle.A4);
            document.addPage(second);
            try (PDPageContentStream c = new PDPageContentStream(document, second)) {
                text(c, regular, 13, 85, 760, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.");
                text(c, bold, 13, 380, 600, "KT. CHỦ TỊCH");
                text(c, bold, 13, 378, 584, "PHÓ CHỦ TỊCH");
                if (withName) {
                    text(c, bold, 13, 376, 500, SIGNER);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream c, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }

    /** What poppler's {@code pdfsig} says about each signature, in the file's order. */
    public record PdfSig(String output, List<String> validations, List<String> coverage, List<String> signers) {

        public void assertAllValid(int count) {
            assertEquals(count, validations.size(), output);
            for (String validation : validations) {
                assertEquals("Signature is Valid.", validation, output);
            }
        }
    }

    public static PdfSig pdfsig(Path dir, byte[] pdf) {
        try {
            Path file = Files.createTempFile(dir, "signed", ".pdf");
            Files.write(file, pdf);
            String output = run("pdfsig", file.toString());
            List<String> validations = new ArrayList<>();
            List<String> coverage = new ArrayList<>();
            List<String> signers = new ArrayList<>();
            for (String line : output.lines().toList()) {
                String l = line.strip();
                if (l.startsWith("- Signature Validation:")) {
                    validations.add(l.substring(l.indexOf(':') + 1).strip());
                } else if (l.startsWith("- Total document signed") || l.startsWith("- Not total document signed")) {
                    coverage.add(l.substring(2));
                } else if (l.startsWith("- Signer Certificate Common Name:")) {
                    signers.add(l.substring(l.indexOf(':') + 1).strip());
                }
            }
            return new PdfSig(output, validations, coverage, signers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command, returns its standard output and error; fails on a non-zero exit. */
    static String run(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text the visible signatures show on page 1: a copy with the form flattened (the
     * widgets' appearances drawn into the page), read by PDFBox.
     */
    static String appearanceText(byte[] pdf) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm form =
                    document.getDocumentCatalog().getAcroForm(null);
            form.flatten();
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a PDF as poppler's {@code pdftotext} extracts it. */
    public static String pdftotext(Path dir, byte[] pdf) {
        try {
            Path file = Files.createTempFile(dir, "text", ".pdf");
            Files.write(file, pdf);
            return run("pdftotext", "-layout", file.toString(), "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
