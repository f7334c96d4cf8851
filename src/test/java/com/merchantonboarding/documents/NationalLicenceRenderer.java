package com.merchantonboarding.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.merchantonboarding.documents.LicenceRenderer.Licence;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws a business licence (营业执照) in the national layout issued since 2016: the credit code at the top left, a
 * QR code at the top right, the title in a serif face, two columns of fields, and a red round seal over the
 * registration authority and date. The name stands on the same row as 注册资本, so a reader that joins words by
 * height runs the name into the right column, as on real licences. Needs Debian's {@code fonts-noto-cjk}.
 */
final class NationalLicenceRenderer {

    /** Proportion of the paper (the 正本 is landscape, about A3; the 副本 the same shape, smaller). */
    static final double ASPECT = 297.0 / 210.0;

    private static final String[] CAPITALS = {"壹佰万元整", "伍佰万元整", "贰仟万元整", "叁拾万元整", "壹仟贰佰万元整"};
    private static final String[] TYPES = {"有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）",
            "股份有限公司（非上市、自然人投资或控股）", "个体工商户"};
    private static final String[] SCOPES = {
            "一般项目：茶叶及茶具零售；预包装食品销售（不含冷藏冷冻食品）；日用百货销售；互联网销售（除销售需要许可的商品）；"
                    + "货物进出口；技术进出口。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
            "一般项目：软件开发；信息技术咨询服务；信息系统集成服务；数据处理和存储支持服务；计算机软硬件及辅助设备零售；"
                    + "广告设计、代理。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
            "许可项目：餐饮服务；食品经营。一般项目：餐饮管理；外卖递送服务；农副产品销售；会议及展览服务。"
                    + "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"};
    /** Registration authorities by the code's administrative division (characters 3–6 of the code). */
    private static final Map<String, String> AUTHORITIES = Map.ofEntries(
            Map.entry("3502", "厦门市市场监督管理局"), Map.entry("3101", "上海市市场监督管理局"),
            Map.entry("3501", "福州市市场监督管理局"), Map.entry("3505", "泉州市市场监督管理局"),
            Map.entry("1101", "北京市市场监督管理局"), Map.entry("4401", "广州市市场监督管理局"),
            Map.entry("4403", "深圳市市场监督管理局"), Map.entry("3301", "杭州市市场监督管理局"),
            Map.entry("5101", "成都市市场监督管理局"), Map.entry("4201", "武汉市市场监督管理局"),
            Map.entry("3205", "苏州市市场监督管理局"));

    private NationalLicenceRenderer() {
    }

    /** The licence {@code width} pixels wide, on paper-coloured ground. */
    static BufferedImage render(Licence licence, int width) {
        int height = (int) Math.round(width / ASPECT);
        float u = width / 1600f;
        int pick = Math.floorMod(licence.code().hashCode(), 997);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(new Color(251, 247, 238));
        g.fillRect(0, 0, width, height);
        border(g, width, height, u);

        // Top left: the code under its label; top right: the QR code that points at the public register.
        g.setColor(new Color(30, 30, 30));
        g.setFont(new Font(LicenceRenderer.SANS, Font.PLAIN, px(24, u)));
        g.drawString("统一社会信用代码", px(120, u), px(140, u));
        g.setFont(new Font(LicenceRenderer.SANS, Font.PLAIN, px(30, u)));
        g.drawString(licence.code(), px(120, u), px(185, u));
        qr(g, "http://www.gsxt.gov.cn/" + licence.code(), px(1300, u), px(95, u), px(170, u));
        g.setFont(new Font(LicenceRenderer.SANS, Font.PLAIN, px(14, u)));
        g.drawString("扫描二维码登录“国家企业信用", px(1290, u), px(290, u));
        g.drawString("信息公示系统”了解更多登记、", px(1290, u), px(310, u));
        g.drawString("备案、许可、监管信息。", px(1290, u), px(330, u));

        g.setColor(new Color(20, 20, 20));
        g.setFont(new Font(LicenceRenderer.SERIF, Font.BOLD, px(100, u)));
        String title = "营业执照";
        FontMetrics titleMetrics = g.getFontMetrics();
        int titleWidth = titleMetrics.stringWidth(title) + 3 * px(40, u);
        int x = (width - titleWidth) / 2;
        for (char c : title.toCharArray()) {
            g.drawString(String.valueOf(c), x, px(265, u));
            x += titleMetrics.charWidth(c) + px(40, u);
        }
        g.setFont(new Font(LicenceRenderer.SERIF, Font.PLAIN, px(26, u)));
        String copy = "（副      本）";
        g.drawString(copy, (width - g.getFontMetrics().stringWidth(copy)) / 2, px(315, u));

        // Two columns; the name shares its row with 注册资本.
        int labelLeft = px(140, u);
        int valueLeft = px(320, u);
        int labelRight = px(850, u);
        int valueRight = px(1030, u);
        int row = px(62, u);
        int top = px(410, u);
        Font label = new Font(LicenceRenderer.SANS, Font.BOLD, px(26, u));
        Font value = new Font(LicenceRenderer.SERIF, Font.PLAIN, px(27, u));
        g.setColor(new Color(25, 25, 25));
        String[] leftLabels = {"名　　称", "类　　型", "法定代表人", "经营范围"};
        String[] rightLabels = {"注册资本", "成立日期", "营业期限", "住　　所"};
        for (int i = 0; i < 4; i++) {
            g.setFont(label);
            g.drawString(leftLabels[i], labelLeft, top + i * row);
            g.drawString(rightLabels[i], labelRight, top + i * row);
        }
        // A long name is set tighter rather than wrapped, so that it ends before the right column (about 470 units).
        int nameSize = Math.min(px(27, u), px(470, u) / Math.max(1, licence.name().codePointCount(0, licence.name().length())));
        g.setFont(new Font(LicenceRenderer.SERIF, Font.PLAIN, nameSize));
        g.drawString(licence.name(), valueLeft, top);
        g.setFont(value);
        String type = licence.name().endsWith("店") || licence.name().endsWith("部") ? TYPES[3] : TYPES[pick % 3];
        g.setFont(fitting(value, type, px(490, u), g));
        g.drawString(type, valueLeft, top + row);
        g.setFont(value);
        g.drawString(licence.representative(), valueLeft, top + 2 * row);
        g.setFont(new Font(LicenceRenderer.SERIF, Font.PLAIN, px(23, u)));
        int y = top + 3 * row;
        for (String line : wrap(SCOPES[pick % SCOPES.length], px(480, u), g.getFontMetrics())) {
            g.drawString(line, valueLeft, y);
            y += px(38, u);
        }
        String year = String.valueOf(2008 + pick % 15);
        String month = String.format("%02d", 1 + pick % 12);
        String day = String.format("%02d", 1 + pick % 28);
        g.setFont(value);
        g.drawString(CAPITALS[pick % CAPITALS.length], valueRight, top);
        g.drawString(year + "年" + month + "月" + day + "日", valueRight, top + row);
        g.drawString(year + "年" + month + "月" + day + "日至长期", valueRight, top + 2 * row);
        String city = licence.name().substring(0, 2);
        List<String> address = wrap(city + "市示例区示例路" + (10 + pick % 180) + "号" + (1 + pick % 20) + "层"
                + (100 + pick % 30) + "单元", px(410, u), g.getFontMetrics());
        for (int i = 0; i < address.size(); i++) {
            g.drawString(address.get(i), valueRight, top + 3 * row + i * px(38, u));
        }

        // Bottom right: authority and date, under the seal.
        String authority = AUTHORITIES.getOrDefault(licence.code().substring(2, 6), "市场监督管理局");
        g.setFont(new Font(LicenceRenderer.SANS, Font.BOLD, px(26, u)));
        g.drawString("登记机关", px(1010, u), px(960, u));
        g.setFont(new Font(LicenceRenderer.SERIF, Font.PLAIN, px(26, u)));
        String issued = (2019 + pick % 5) + "年" + String.format("%02d", 1 + pick % 12) + "月"
                + String.format("%02d", 1 + pick % 27) + "日";
        g.drawString(issued, px(1080, u), px(1020, u));
        seal(g, authority, px(1190, u), px(950, u), px(105, u), u);

        g.setColor(new Color(60, 60, 60));
        g.setFont(new Font(LicenceRenderer.SANS, Font.PLAIN, px(15, u)));
        g.drawString("国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", px(120, u), px(1060, u));
        g.drawString("国家市场监督管理总局监制", px(680, u), px(1060, u));
        g.dispose();
        return image;
    }

    private static void border(Graphics2D g, int width, int height, float u) {
        g.setColor(new Color(176, 58, 46));
        g.setStroke(new BasicStroke(10 * u));
        g.drawRect(px(30, u), px(30, u), width - px(60, u), height - px(60, u));
        g.setStroke(new BasicStroke(3 * u));
        g.drawRect(px(52, u), px(52, u), width - px(104, u), height - px(104, u));
        // The corner ornaments of the printed frame.
        for (int[] corner : new int[][] {{52, 52, 1, 1}, {1548, 52, -1, 1}, {52, 1079, 1, -1}, {1548, 1079, -1, -1}}) {
            int cx = px(corner[0], u);
            int cy = Math.min(height - px(52, u), px(corner[1], u));
            g.fillRect(Math.min(cx, cx + corner[2] * px(40, u)), Math.min(cy, cy + corner[3] * px(8, u)), px(40, u), px(8, u));
            g.fillRect(Math.min(cx, cx + corner[2] * px(8, u)), Math.min(cy, cy + corner[3] * px(40, u)), px(8, u), px(40, u));
        }
    }

    private static void qr(Graphics2D g, String text, int x, int y, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
            double module = (double) size / matrix.getWidth();
            g.setColor(Color.BLACK);
            for (int r = 0; r < matrix.getHeight(); r++) {
                for (int c = 0; c < matrix.getWidth(); c++) {
                    if (matrix.get(c, r)) {
                        g.fillRect(x + (int) Math.floor(c * module), y + (int) Math.floor(r * module),
                                (int) Math.ceil(module), (int) Math.ceil(module));
                    }
                }
            }
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A red round seal: ring, five-pointed star, the authority's name along the upper arc. */
    private static void seal(Graphics2D g, String authority, int cx, int cy, int r, float u) {
        Color red = new Color(214, 30, 36, 170);
        g.setColor(red);
        g.setStroke(new BasicStroke(7 * u));
        g.drawOval(cx - r, cy - r, 2 * r, 2 * r);
        Polygon star = new Polygon();
        double outer = r * 0.3;
        double inner = outer * 0.38;
        for (int i = 0; i < 10; i++) {
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double radius = i % 2 == 0 ? outer : inner;
            star.addPoint((int) Math.round(cx + radius * Math.cos(angle)), (int) Math.round(cy + radius * Math.sin(angle)));
        }
        g.fill(star);
        Font font = new Font(LicenceRenderer.SANS, Font.BOLD, Math.round(r * 0.26f));
        g.setFont(font);
        int n = authority.length();
        double sweep = Math.toRadians(230);
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 - sweep / 2 + sweep * (i + 0.5) / n;
            AffineTransform saved = g.getTransform();
            g.translate(cx + (r * 0.72) * Math.cos(angle), cy + (r * 0.72) * Math.sin(angle));
            g.rotate(angle + Math.PI / 2);
            String c = authority.substring(i, i + 1);
            g.drawString(c, -g.getFontMetrics().stringWidth(c) / 2, g.getFontMetrics().getAscent() / 2);
            g.setTransform(saved);
        }
        g.setFont(new Font(LicenceRenderer.SANS, Font.BOLD, Math.round(r * 0.16f)));
        String stamp = "登记专用章";
        g.drawString(stamp, cx - g.getFontMetrics().stringWidth(stamp) / 2, cy + Math.round(r * 0.62f));
    }

    private static Font fitting(Font font, String text, int width, Graphics2D g) {
        int size = font.getSize();
        while (size > 8 && g.getFontMetrics(font.deriveFont((float) size)).stringWidth(text) > width) {
            size--;
        }
        return font.deriveFont((float) size);
    }

    private static List<String> wrap(String text, int width, FontMetrics metrics) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (metrics.stringWidth(line.toString() + c) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(c);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int px(float units, float u) {
        return Math.round(units * u);
    }
}
