package vn.gov.qlvb.signing.control;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import vn.gov.qlvb.signing.entity.SignatureBlock;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * Draws the images that visible signatures show (Decree 30, Appendix I, II.7 and II.8), with
 * Java2D, as transparent PNGs at {@value #SCALE} times 72 dpi:
 *
 * <ul>
 *   <li>the signer's block: the authority line ("KT. CHỦ TỊCH"), the position ("PHÓ CHỦ TỊCH"),
 *       both upper case bold 13 pt, the signer's blue signature image, and the name in bold;
 *   <li>only the signer's image, when the page already prints the lines and the name;
 *   <li>for demo data: a blue signature and a red round seal with the agency's name on the rim.
 * </ul>
 *
 * Text is Liberation Serif (metric-compatible with Times New Roman, which the decree names).
 */
public final class SignatureAppearance {

    /** Pixels per PDF point of the drawn images. */
    static final int SCALE = 4;

    private static final String FONTS = "/com/mpobjects/jasperreports/fonts/liberation/";
    private static final Color SIGNATURE_BLUE = new Color(0x1a, 0x3c, 0xb4);
    private static final Color SEAL_RED = new Color(0xd4, 0x14, 0x1e);

    /** A drawn image and its size on the page, in points. */
    public record Image(byte[] png, float width, float height) {}

    private SignatureAppearance() {}

    /** The signer's whole block, when the page does not print it. */
    public static Image signerBlock(SignatureBlock block, byte[] signaturePng) {
        float width = 230;
        float lineHeight = 17;
        float imageHeight = 70;
        String position = block.positionLine();
        int lines = position.isEmpty() ? 1 : 2;
        float height = lines * lineHeight + imageHeight + lineHeight + 4;
        BufferedImage canvas = canvas(width, height);
        Graphics2D g = graphics(canvas);
        Font bold = font("LiberationSerif-Bold.ttf", 13);
        g.setColor(Color.BLACK);
        float y = lineHeight - 4;
        centred(g, bold, block.authorityLine().toUpperCase(java.util.Locale.ROOT), width, y);
        if (!position.isEmpty()) {
            y += lineHeight;
            centred(g, bold, position.toUpperCase(java.util.Locale.ROOT), width, y);
        }
        float imageTop = y + 4;
        drawSignature(g, signaturePng, block.signerName(), (width - 160) / 2, imageTop, 160, imageHeight);
        g.setColor(Color.BLACK);
        centred(g, bold, block.signerName(), width, imageTop + imageHeight + lineHeight - 4);
        g.dispose();
        return new Image(png(canvas), width, height);
    }

    /** Only the signer's image, to stand between the printed position and name. */
    public static Image signerImage(SignatureBlock block, byte[] signaturePng) {
        float width = 160;
        float height = 60;
        BufferedImage canvas = canvas(width, height);
        Graphics2D g = graphics(canvas);
        drawSignature(g, signaturePng, block.signerName(), 0, 0, width, height);
        g.dispose();
        return new Image(png(canvas), width, height);
    }

    /** A seal image resized to its real diameter. */
    public static Image seal(byte[] sealPng, float diameterPoints) {
        BufferedImage canvas = canvas(diameterPoints, diameterPoints);
        Graphics2D g = graphics(canvas);
        BufferedImage seal = read(sealPng);
        g.setTransform(new AffineTransform());
        g.drawImage(seal, 0, 0, canvas.getWidth(), canvas.getHeight(), null);
        g.dispose();
        return new Image(png(canvas), diameterPoints, diameterPoints);
    }

    private static void drawSignature(
            Graphics2D g, byte[] signaturePng, String name, float x, float y, float width, float height) {
        if (signaturePng != null) {
            BufferedImage signature = read(signaturePng);
            double fit =
                    Math.min(width * SCALE / signature.getWidth(), height * SCALE / (double) signature.getHeight());
            int w = (int) (signature.getWidth() * fit);
            int h = (int) (signature.getHeight() * fit);
            int left = (int) (x * SCALE + (width * SCALE - w) / 2);
            int top = (int) (y * SCALE + (height * SCALE - h) / 2);
            g.setTransform(new AffineTransform());
            g.drawImage(signature, left, top, w, h, null);
            g.scale(SCALE, SCALE);
        } else {
            g.setColor(SIGNATURE_BLUE);
            Font italic = font("LiberationSerif-Italic.ttf", 20);
            g.setFont(italic);
            FontMetrics metrics = g.getFontMetrics();
            g.drawString(name, x + (width - metrics.stringWidth(name)) / 2, y + height / 2 + 7);
        }
    }

    /**
     * A demo signature: the name written in blue italics with a flourish under it, on a
     * transparent background.
     */
    public static byte[] demoSignature(String name) {
        float width = 160;
        float height = 60;
        BufferedImage canvas = canvas(width, height);
        Graphics2D g = graphics(canvas);
        g.setColor(SIGNATURE_BLUE);
        String last = name.substring(name.lastIndexOf(' ') + 1);
        Font italic = font("LiberationSerif-BoldItalic.ttf", 26);
        g.setFont(italic);
        FontMetrics metrics = g.getFontMetrics();
        float x = (width - metrics.stringWidth(last)) / 2;
        g.drawString(last, x, 34);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        java.awt.geom.Path2D flourish = new java.awt.geom.Path2D.Float();
        flourish.moveTo(x - 10, 44);
        flourish.curveTo(x + 30, 54, width - x - 20, 36, width - x + 14, 46);
        g.draw(flourish);
        g.dispose();
        return png(canvas);
    }

    /**
     * A demo round seal: two red rings, the agency's name upper case around the rim, a star in
     * the middle; {@code diameterPoints} across, transparent outside.
     */
    public static byte[] demoSeal(String agencyName, float diameterPoints) {
        BufferedImage canvas = canvas(diameterPoints, diameterPoints);
        Graphics2D g = graphics(canvas);
        g.setColor(SEAL_RED);
        float r = diameterPoints / 2;
        g.setStroke(new BasicStroke(1.8f));
        g.draw(new java.awt.geom.Ellipse2D.Float(1, 1, diameterPoints - 2, diameterPoints - 2));
        g.setStroke(new BasicStroke(0.8f));
        float inner = r * 0.62f;
        g.draw(new java.awt.geom.Ellipse2D.Float(r - inner, r - inner, 2 * inner, 2 * inner));
        star(g, r, r, inner * 0.55f);
        Font bold = font("LiberationSerif-Bold.ttf", Math.max(5f, diameterPoints / 12));
        String text = agencyName.toUpperCase(java.util.Locale.ROOT);
        g.setFont(bold);
        FontMetrics metrics = g.getFontMetrics();
        double radius = r * 0.8;
        double total = metrics.stringWidth(text) / radius;
        double sweep = Math.min(total, Math.PI * 1.8);
        double spread = sweep / Math.max(1, metrics.stringWidth(text));
        double angle = -Math.PI / 2 - sweep / 2;
        for (char c : text.toCharArray()) {
            double advance = metrics.charWidth(c) * spread;
            AffineTransform saved = g.getTransform();
            g.translate(r, r);
            g.rotate(angle + advance / 2 + Math.PI / 2);
            g.drawString(String.valueOf(c), -metrics.charWidth(c) / 2f, (float) -radius + metrics.getAscent() / 2f);
            g.setTransform(saved);
            angle += advance;
        }
        g.dispose();
        return png(canvas);
    }

    private static void star(Graphics2D g, float cx, float cy, float outer) {
        java.awt.geom.Path2D star = new java.awt.geom.Path2D.Float();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double radius = i % 2 == 0 ? outer : outer * 0.4;
            double px = cx + radius * Math.cos(a);
            double py = cy + radius * Math.sin(a);
            if (i == 0) {
                star.moveTo(px, py);
            } else {
                star.lineTo(px, py);
            }
        }
        star.closePath();
        g.fill(star);
    }

    /**
     * Refuses what is not a PNG with an alpha channel (Decree 30: signature and seal images are
     * PNG with a transparent background).
     */
    public static void requireTransparentPng(byte[] png) {
        boolean signature = png != null
                && png.length > 8
                && (png[0] & 0xff) == 0x89
                && png[1] == 'P'
                && png[2] == 'N'
                && png[3] == 'G';
        if (!signature) {
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        }
        if (image == null || !image.getColorModel().hasAlpha()) {
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        }
    }

    private static BufferedImage canvas(float width, float height) {
        return new BufferedImage(Math.round(width * SCALE), Math.round(height * SCALE), BufferedImage.TYPE_INT_ARGB);
    }

    private static Graphics2D graphics(BufferedImage canvas) {
        Graphics2D g = canvas.createGraphics();
        g.setComposite(AlphaComposite.SrcOver);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(SCALE, SCALE);
        return g;
    }

    private static void centred(Graphics2D g, Font font, String text, float width, float baseline) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (width - metrics.stringWidth(text)) / 2, baseline);
    }

    /** Parsed fonts, read once per JVM (java.awt.Font is immutable). */
    private static final java.util.Map<String, Font> FONT_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static Font font(String file, float size) {
        return FONT_CACHE.computeIfAbsent(file, SignatureAppearance::readFont).deriveFont(size);
    }

    private static Font readFont(String file) {
        try (InputStream in = SignatureAppearance.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of a font file of the class path (for PDF text). */
    static InputStream fontFile(String file) {
        InputStream in = SignatureAppearance.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("font missing from the class path: " + file);
        }
        return in;
    }

    private static BufferedImage read(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new SigningException(SigningRefusal.INVALID_MATERIAL);
            }
            return image;
        } catch (IOException e) {
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        }
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
