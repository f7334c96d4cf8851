package com.merchantonboarding.documents;

import com.merchantonboarding.documents.LicenceRenderer.Licence;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sample documents of the README's walk-through ({@code docs/samples/}), for the tea house of the merchant API's
 * example: its business licence, the legal representative's ID card (both sides) and a bank account certificate.
 * Drawn, not photographed: every name and number is the example's. Needs Debian's {@code fonts-noto-cjk}.
 * Written by {@code SampleDocumentsTest} with {@code -Dsamples.write=true}.
 */
final class SampleDocuments {

    static final Path FOLDER = Path.of("docs", "samples");
    /** The files, in the order the walk-through uploads them. */
    static final java.util.List<String> NAMES = java.util.List.of("licence.jpg", "id-front.jpg", "id-back.jpg",
            "bank-proof.jpg");
    private static final float QUALITY = 0.85f;

    private SampleDocuments() {
    }

    /** File name to bytes, as {@link #NAMES}. */
    static Map<String, byte[]> render() {
        Licence licence = Licence.xiamenTrading();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("licence.jpg", Encodings.jpeg(LicenceRenderer.scan(licence, 1600), QUALITY));
        files.put("id-front.jpg", Encodings.jpeg(idFront(licence.representative()), QUALITY));
        files.put("id-back.jpg", Encodings.jpeg(idBack(), QUALITY));
        files.put("bank-proof.jpg", Encodings.jpeg(bankProof(licence.name()), QUALITY));
        return files;
    }

    static void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, byte[]> files = render();
        if (!files.keySet().equals(new java.util.LinkedHashSet<>(NAMES))) {
            throw new IllegalStateException("NAMES does not list what render() draws: " + files.keySet());
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
    }

    /** The card's size: 85.6 × 54 mm at about 300 dpi. */
    private static final int CARD_WIDTH = 1012;
    private static final int CARD_HEIGHT = 638;

    private static BufferedImage idFront(String name) {
        BufferedImage image = card(new Color(236, 242, 246));
        Graphics2D g = graphics(image);
        g.setColor(new Color(40, 40, 40));
        String[][] rows = {{"姓名", name}, {"性别", "男"}, {"民族", "汉"}, {"出生", "1990 年 1 月 1 日"},
                {"住址", "福建省厦门市思明区示例路88号"}};
        int y = 110;
        for (String[] row : rows) {
            g.setFont(new Font(LicenceRenderer.SANS, Font.PLAIN, 30));
            g.setColor(new Color(70, 110, 150));
            g.drawString(row[0], 60, y);
            g.setFont(new Font(LicenceRenderer.SANS, Font.BOLD, 34));
            g.setColor(new Color(30, 30, 30));
            g.drawString(row[1], 170, y);
            y += 80;
        }
        g.setFont(new Font(LicenceRenderer.SANS, Font.PLAIN, 30));
        g.setColor(new Color(70, 110, 150));
        g.drawString("公民身份号码", 60, 560);
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 44));
        g.setColor(new Color(30, 30, 30));
        g.drawString("35020319900101123X", 290, 562);
        // The photo's place: a grey silhouette.
        g.setColor(new Color(200, 206, 212));
        g.fillRoundRect(700, 80, 250, 320, 20, 20);
        g.setColor(new Color(150, 158, 166));
        g.fillOval(770, 130, 110, 130);
        g.fillArc(725, 280, 200, 220, 0, 180);
        g.dispose();
        return image;
    }

    private static BufferedImage idBack() {
        BufferedImage image = card(new Color(246, 242, 232));
        Graphics2D g = graphics(image);
        g.setColor(new Color(190, 40, 40));
        g.setStroke(new BasicStroke(8));
        g.drawOval(60, 50, 160, 160);
        g.fillOval(120, 110, 40, 40);
        g.setColor(new Color(30, 30, 30));
        g.setFont(new Font(LicenceRenderer.SERIF, Font.BOLD, 58));
        g.drawString("中华人民共和国", 300, 120);
        g.setFont(new Font(LicenceRenderer.SERIF, Font.BOLD, 72));
        g.drawString("居民身份证", 330, 220);
        g.setFont(new Font(LicenceRenderer.SANS, Font.PLAIN, 32));
        g.drawString("签发机关　厦门市公安局思明分局", 200, 470);
        g.drawString("有效期限　2016.05.18-2036.05.18", 200, 540);
        g.dispose();
        return image;
    }

    private static BufferedImage bankProof(String holder) {
        int width = 1240;
        int height = 877;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(160, 30, 30));
        g.setStroke(new BasicStroke(5));
        g.drawRect(30, 30, width - 60, height - 60);
        g.setColor(new Color(30, 30, 30));
        g.setFont(new Font(LicenceRenderer.SERIF, Font.BOLD, 56));
        String title = "银行账户信息证明";
        g.drawString(title, (width - g.getFontMetrics().stringWidth(title)) / 2, 150);
        String[][] rows = {{"账户名称", holder}, {"账　　号", "6222 0202 0011 2233 445"}, {"开户银行", "中国工商银行厦门思明支行"},
                {"币　　种", "人民币（CNY）"}, {"账户性质", "基本存款账户"}, {"开户日期", "2010年06月02日"}};
        int y = 280;
        for (String[] row : rows) {
            g.setFont(new Font(LicenceRenderer.SANS, Font.PLAIN, 34));
            g.drawString(row[0], 140, y);
            g.setFont(new Font(LicenceRenderer.SANS, Font.BOLD, 34));
            g.drawString(row[1], 400, y);
            y += 72;
        }
        g.setFont(new Font(LicenceRenderer.SANS, Font.PLAIN, 28));
        g.drawString("特此证明。", 140, 760);
        g.drawString("2026年01月15日", 860, 760);
        g.setColor(new Color(200, 30, 30, 150));
        g.setStroke(new BasicStroke(6));
        g.drawOval(880, 620, 180, 180);
        g.dispose();
        return image;
    }

    private static BufferedImage card(Color ground) {
        BufferedImage image = new BufferedImage(CARD_WIDTH, CARD_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
        g.setColor(ground);
        g.fillRoundRect(6, 6, CARD_WIDTH - 12, CARD_HEIGHT - 12, 40, 40);
        g.setColor(new Color(180, 190, 200));
        g.setStroke(new BasicStroke(3));
        g.drawRoundRect(6, 6, CARD_WIDTH - 12, CARD_HEIGHT - 12, 40, 40);
        g.dispose();
        return image;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }
}
