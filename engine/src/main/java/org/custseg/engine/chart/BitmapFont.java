package org.custseg.engine.chart;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.text.Normalizer;

/**
 * A small built-in bitmap font (5 &times; 7 pixel capitals and digits, lower case with 2 pixel descenders, printable
 * ASCII), drawn as filled squares. The charts never use {@link java.awt.Font}: Java2D's font set-up looks up the host
 * name and writes a cache file below the user's home folder on Linux, and fails where fontconfig is missing (a server
 * with only a JDK). Drawing shapes does neither, so the charts render headless and the same on every machine.
 *
 * <p>Characters outside printable ASCII are shown without their accents where that makes them ASCII (é as e), else as
 * {@code ?}. The glyphs are this project's own design.
 */
public final class BitmapFont {

    /** Height of a line in glyph pixels (7 above the baseline, 2 below). */
    public static final int LINE = 9;

    /** Pixels above the baseline. */
    public static final int ASCENT = 7;

    /** Advance of one character in glyph pixels (5 wide, 1 space). */
    public static final int ADVANCE = 6;

    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuv";

    /** 9 base-32 digits per glyph (one 5-bit row each, top row first, leftmost pixel the high bit), ASCII 32..126. */
    private static final String GLYPHS =
        "000000000444440400aa00000000avava0004fke5u400pp248jj00cik8lid00440000000" +
        "24888420084222480004lel4000044v4400000000cc48000v0000000000cc00122488g00" +
        "ehjlphe004c4444e00eh1248v00v2421he0026aiv2200vgu11he0068guhhe00v12488800" +
        "ehhehhe00ehhf12c000cc0cc0000cc0cc480248g8420000v0v0000842124800eh1240400" +
        "eh1dlle00ehhvhhh00uhhuhhu00ehggghe00sihhhis00vgguggv00vgguggg00ehgnhhf00" +
        "hhhvhhh00e44444e0072222ic00hikokih00ggggggv00hrllhhh00hhpljhh00ehhhhhe00" +
        "uhhuggg00ehhhlid00uhhukih00fgge11u00v44444400hhhhhhe00hhhhha400hhhllla00" +
        "hha4ahh00hha444400v1248gv00e88888e00g88422100e22222e004ah0000000000000v0" +
        "84000000000e1fhf00ggmphhu0000egghe0011djhhf0000ehvge00698s8880000fhhjd1e" +
        "ggmphhh0040c444e002062222icggikoki00c44444e0000qllll0000mphhh0000ehhhe00" +
        "00uhhpmgg00fhhjd1100mpggg0000ege1u0088s88960000hhhjd0000hhha40000hhlla00" +
        "00ha4ah0000hhhjd1e00v248v00244844200444444400844244800009li0000";

    private BitmapFont() {
    }

    /**
     * @param text a text
     * @param px size of one glyph pixel in image pixels
     * @return the width of the drawn text
     */
    public static int width(final String text, final int px) {
        final int n = ascii(text).length();
        return n == 0 ? 0 : (n * ADVANCE - 1) * px;
    }

    /**
     * @param px size of one glyph pixel
     * @return the height of a line of text
     */
    public static int height(final int px) {
        return LINE * px;
    }

    /**
     * Draws a text in the current colour, left to right.
     *
     * @param g where to draw
     * @param text the text
     * @param x left edge
     * @param y top of the line (capitals start here)
     * @param px size of one glyph pixel in image pixels
     */
    public static void draw(final Graphics2D g, final String text, final int x, final int y, final int px) {
        final String s = ascii(text);
        for (int c = 0; c < s.length(); c++) {
            final int glyph = s.charAt(c) - 32;
            final int left = x + c * ADVANCE * px;
            for (int row = 0; row < LINE; row++) {
                final int bits = DIGITS.indexOf(GLYPHS.charAt(glyph * LINE + row));
                for (int col = 0; col < 5; col++) {
                    if ((bits & (0x10 >> col)) != 0) {
                        g.fillRect(left + col * px, y + row * px, px, px);
                    }
                }
            }
        }
    }

    /**
     * Draws a text turned a quarter counter-clockwise (reading bottom to top), e.g. a vertical axis title.
     *
     * @param g where to draw
     * @param text the text
     * @param x left edge of the turned text (the top of its lines)
     * @param y bottom end of the text (where it starts)
     * @param px size of one glyph pixel
     */
    public static void drawUp(final Graphics2D g, final String text, final int x, final int y, final int px) {
        final AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        draw(g, text, 0, 0, px);
        g.setTransform(saved);
    }

    /**
     * Shortens a text to at most {@code maxWidth} pixels, ending it with ".." when cut.
     *
     * @param text the text
     * @param maxWidth the room
     * @param px size of one glyph pixel
     * @return the text or its shortened form
     */
    public static String fit(final String text, final int maxWidth, final int px) {
        final String s = ascii(text);
        if (width(s, px) <= maxWidth) {
            return s;
        }
        int n = s.length();
        while (n > 0 && width(s.substring(0, n) + "..", px) > maxWidth) {
            n--;
        }
        return n == 0 ? "" : s.substring(0, n) + "..";
    }

    /**
     * @param text any text
     * @return the text in printable ASCII: accents removed, other characters as {@code ?}
     */
    static String ascii(final String text) {
        final String d = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        final StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            final char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            b.append(c >= 32 && c < 127 ? c : (Character.isWhitespace(c) ? ' ' : '?'));
        }
        return b.toString();
    }
}
