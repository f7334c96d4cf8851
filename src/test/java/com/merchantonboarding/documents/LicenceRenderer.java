package com.merchantonboarding.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Draws a Chinese business licence (营业执照) in the layout of the 2019 national template: the credit code at
 * the top left, the title, the fields in two columns, a seal. Needs the Noto CJK fonts (Debian
 * {@code fonts-noto-cjk}, installed by .ci/run).
 */
final class LicenceRenderer {

    static final String SERIF = "Noto Serif CJK SC";
    static final String SANS = "Noto Sans CJK SC";

    /** What a licence says. */
    record Licence(String code, String name, String representative) {

        static Licence xiamenTrading() {
            return new Licence("91350200776049653A", "厦门示例贸易有限公司", "王小明");
        }

        Licence withCode(String other) {
            return new Licence(other, name, representative);
        }

        Licence withName(String other) {
            return new Licence(code, other, representative);
        }
    }

    private LicenceRenderer() {
    }

    /** A clean scan, {@code width} pixels wide, in the A4 landscape proportion. */
    static BufferedImage scan(Licence licence, int width) {
        requireFonts();
        int height = width * 210 / 297;
        float u = width / 1600f;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(250, 246, 236));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(180, 40, 40));
        g.setStroke(new BasicStroke(8 * u));
        g.drawRect(Math.round(40 * u), Math.round(40 * u), width - Math.round(80 * u), height - Math.round(80 * u));

        g.setColor(Color.BLACK);
        g.setFont(new Font(SERIF, Font.BOLD, Math.round(90 * u)));
        String title = "营 业 执 照";
        g.drawString(title, (width - g.getFontMetrics().stringWidth(title)) / 2, Math.round(220 * u));
        g.setFont(new Font(SANS, Font.PLAIN, Math.round(28 * u)));
        g.drawString("统一社会信用代码", Math.round(120 * u), Math.round(120 * u));
        g.drawString(licence.code(), Math.round(120 * u), Math.round(160 * u));

        String[][] rows = {
                {"名　　称", licence.name()},
                {"类　　型", "有限责任公司（自然人投资或控股）"},
                {"法定代表人", licence.representative()},
                {"经营范围", "茶叶、茶具零售；预包装食品销售"},
                {"注册资本", "壹佰万元整"},
                {"成立日期", "2010年05月18日"},
                {"营业期限", "2010年05月18日至长期"},
                {"住　　所", "厦门市思明区示例路88号"}};
        g.setFont(new Font(SERIF, Font.PLAIN, Math.round(32 * u)));
        int y = Math.round(340 * u);
        for (String[] row : rows) {
            g.drawString(row[0], Math.round(180 * u), y);
            g.drawString(row[1], Math.round(400 * u), y);
            y += Math.round(68 * u);
        }
        g.setFont(new Font(SERIF, Font.PLAIN, Math.round(28 * u)));
        g.drawString("登记机关", Math.round(1000 * u), Math.round(960 * u));
        g.drawString("2023年03月01日", Math.round(1000 * u), Math.round(1010 * u));
        g.setColor(new Color(200, 30, 30, 150));
        g.setStroke(new BasicStroke(6 * u));
        g.drawOval(Math.round(1180 * u), Math.round(840 * u), Math.round(200 * u), Math.round(200 * u));
        g.dispose();
        return image;
    }

    private static void requireFonts() {
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        if (!Arrays.asList(families).containsAll(java.util.List.of(SERIF, SANS))) {
            throw new IllegalStateException("The licence corpus needs the Noto CJK fonts: apt-get install fonts-noto-cjk");
        }
    }
}
