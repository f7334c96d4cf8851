package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenceTextTest {

    @Test
    void readsTheCodeAndTheNameOfACleanLicence() {
        LicenceReading reading = LicenceText.read(page(
                "统一 社会 信用 代码",
                "91350200776049653A 营业 执照",
                "名 称 厦门 示例 贸易 有限 公司",
                "类 型 有限 责任 公司 （ 自然人 投资 或 控股 ）"));
        assertThat(reading).usingRecursiveComparison().ignoringFields("codeBox", "nameBox")
                .isEqualTo(new LicenceReading("91350200776049653A", "91350200776049653A", "厦门示例贸易有限公司", 95));
        // Where they stand: the code's words on the second row, the name's after the label on the third.
        assertThat(reading.codeBox()).isEqualTo(new LicenceReading.Box(0, 100, 50, 140));
        assertThat(reading.nameBox()).isEqualTo(new LicenceReading.Box(120, 200, 410, 240));
    }

    @Test
    void findsTheCodeAmongGluedCharactersAndCorrectsIt() {
        LicenceReading reading = LicenceText.read(page("9135 0200 7760 4965 3A 元和 小", "名称厦门示例贸易有限公司"));
        assertThat(reading.registrationNumber()).isEqualTo("91350200776049653A");
        assertThat(LicenceText.read(page("913502007760496S3AY= Mb")).registrationNumber()).isEqualTo("91350200776049653A");
        assertThat(LicenceText.read(page("913502007760496S3AY= Mb")).numberAsRead()).isEqualTo("913502007760496S3A");
    }

    @Test
    void keepsACodeThatFailsItsCheckAsReadButUnverified() {
        LicenceReading reading = LicenceText.read(page("91350100M0001TGQXM"));
        assertThat(reading.registrationNumber()).isNull();
        assertThat(reading.numberAsRead()).isEqualTo("91350100M0001TGQXM");
        assertThat(LicenceText.read(page("BUSINESS LICENCE", "2010年05月18日")).numberAsRead()).isNull();
    }

    @Test
    void takesTheNameAfterAMisreadLabel() {
        assertThat(LicenceText.read(page("名@68 ff@61 厦门@76 示例 贸易 有限 公司@78")).legalName()).isEqualTo("厦门示例贸易有限公司");
        assertThat(LicenceText.read(page("TO@20 称@87 厦门 示例 贸易 有限 公司")).legalName()).isEqualTo("厦门示例贸易有限公司");
        assertThat(LicenceText.read(page("名称厦门示例〈集团〉有限公司")).legalName()).isEqualTo("厦门示例（集团）有限公司");
        assertThat(LicenceText.read(page("下称 北京 示例 股份 有限 公司")).legalName()).isEqualTo("北京示例股份有限公司");
        assertThat(LicenceText.read(page("名 称 名创 优品 有限 公司")).legalName()).isEqualTo("名创优品有限公司");
        assertThat(LicenceText.read(page("下称北京示例（集团）股份 有限 公司")).legalName()).isEqualTo("北京示例（集团）股份有限公司");
        assertThat(LicenceText.read(page("下@14 称 北京 示例 〈 集 团 ) 股份 有 限 公司")).legalName())
                .isEqualTo("北京示例（集团）股份有限公司");
    }

    @Test
    void endsTheNameAtTheColumnGapOrAtALabelOfTheRightColumn() {
        // The current national layout: 注册资本 stands on the name's row, in the right column.
        assertThat(LicenceText.read(page("名称 上海 浦东 示例 信息 技术 有限 公司 | 注册 资本 伍佰 万元 整")).legalName())
                .isEqualTo("上海浦东示例信息技术有限公司");
        assertThat(LicenceText.read(page("名称 上海 浦东 示例 信息 技术 有限 公司注册资本伍佰万元整")).legalName())
                .isEqualTo("上海浦东示例信息技术有限公司");
        assertThat(LicenceText.read(page("名称 厦门 （ 集美 ） 示例 贸易 有限 公司 | 住所 厦门市")).legalName())
                .isEqualTo("厦门（集美）示例贸易有限公司");
    }

    @Test
    void aLegalFormAloneIsNotAName() {
        assertThat(LicenceText.read(page("名称 有限 公司")).legalName()).isNull();
        assertThat(LicenceText.read(page("名称 股份 有限 公司")).legalName()).isNull();
    }

    @Test
    void findsTheNamesBandFromTheTypeRowAndReadsTheNameInIt() {
        // Row 1: a name lost to OCR; row 2: 类型, its value where the left column's values start (x 520), then the
        // right column's 成立日期 (x 1100).
        OcrPage page = page("统一 社会 信用 代码", "名 #### %% >1100 注册 资本", "类 型 >520 有限 责任 公司 >1100 成立 日期");
        LicenceReading.Box band = LicenceText.nameBand(page);
        // Across: the value's column to the right column, half a character before each. Down: where the row above
        // should be, the type row's centre (220) less one row pitch (2.35 × 40), ± 0.95 × 40.
        assertThat(band).isEqualTo(new LicenceReading.Box(500, 88, 1080, 164));
        LicenceReading name = LicenceText.nameInBand(page("名称 厦门 示例 贸易 有限 公司@80 | 注册 资本"), band);
        assertThat(name.legalName()).isEqualTo("厦门示例贸易有限公司");
        assertThat(name.nameConfidence()).isEqualTo(92);
        assertThat(name.nameBox()).isEqualTo(new LicenceReading.Box(560, 88, 850, 128));
        assertThat(LicenceText.nameInBand(page("有限 公司"), band)).isNull();
        assertThat(LicenceText.nameBand(page("名称 厦门 示例"))).isNull();
        // 类型 on the first row: there is no row above it to read.
        assertThat(LicenceText.nameBand(page("类 型 >520 有限 责任 公司 >1100 成立 日期"))).isNull();
    }

    @Test
    void findsTheValuesColumnWhenPartOfTheLabelIsMisread() {
        // 型 read as © (dropped), 股份 read where it is: the value still starts at x 520, not at the label's end.
        OcrPage page = page("统一 社会 信用 代码", "名 #### %% >1100 注册 资本", "类 © >520 股份 有限 公司 >1100 成立 日期");
        assertThat(LicenceText.nameBand(page)).isEqualTo(new LicenceReading.Box(500, 88, 1080, 164));
    }

    @Test
    void theBandFollowsTheNameTheWayThePhotoSlantsIt() {
        // A keystone photo: the name's row sits 30 pixels lower and starts further left than the pitch says.
        OcrPage page = new OcrPage(List.of(
                new OcrPage.Line(List.of(new OcrPage.Word("名", 0, 130, 40, 170, 90),
                        new OcrPage.Word("福州", 480, 130, 560, 170, 60), new OcrPage.Word("海风", 560, 130, 640, 170, 60),
                        new OcrPage.Word("注册", 1100, 130, 1180, 170, 90))),
                new OcrPage.Line(List.of(new OcrPage.Word("类", 0, 200, 40, 240, 90),
                        new OcrPage.Word("有限", 520, 200, 600, 240, 90), new OcrPage.Word("公司", 600, 200, 680, 240, 90),
                        new OcrPage.Word("成立", 1100, 200, 1180, 240, 90)))));
        // From 福州 (x 480) less half a character; the row's own top and bottom with a third of a character around.
        assertThat(LicenceText.nameBand(page)).isEqualTo(new LicenceReading.Box(460, 117, 1080, 183));
    }

    @Test
    void findsTheNamesBandFromTheRepresentativesRowWhenTheTypeRowIsLost() {
        OcrPage page = page("统一 社会 信用 代码", "名 >520 厦门 示例 >1100 注册 资本", "## >520 有限 公司 >1100 成立 日期",
                "法定代表人 >520 王小明 >1100 营业 期限");
        // Two rows up from 法定代表人; the words found there (厦门 示例, y 100–140) give the band's height.
        assertThat(LicenceText.nameBand(page)).isEqualTo(new LicenceReading.Box(500, 87, 1080, 153));
    }

    @Test
    void takesTheRowAboveTheTypeRowWhenTheLabelIsLost() {
        assertThat(LicenceText.read(page("%@88 Off@58 厦门 示例 贸易 有限 公司", "类 型 有限 责任 公司")).legalName())
                .isEqualTo("厦门示例贸易有限公司");
    }

    @Test
    void leavesOutANameThatIsDoubtful() {
        // Tesseract unsure of its words: no name rather than a wrong one.
        assertThat(LicenceText.read(page("名 称 厦门@26 示例@40 贸易@50 有限@60 公司@70")).legalName()).isNull();
        // No label at all: the legal form of the 类型 row is not a name.
        assertThat(LicenceText.read(page("有限 南任 公司 〈自 然人 投资 或 控股 ）", "法定代表人 王小明")).legalName()).isNull();
        // Not a business name.
        assertThat(LicenceText.read(page("名 称 王小明")).legalName()).isNull();
    }

    @Test
    void readsTheTextLayerOfAPdf() {
        LicenceReading reading = LicenceText.read("营业执照\n统一社会信用代码 91440101MA5CJQ4N59\n名称 广州示例科技有限公司\n类型 有限责任公司");
        assertThat(reading).usingRecursiveComparison().ignoringFields("codeBox", "nameBox")
                .isEqualTo(new LicenceReading("91440101MA5CJQ4N59", "91440101MA5CJQ4N59", "广州示例科技有限公司", 100));
        assertThat(LicenceText.read("")).isEqualTo(LicenceReading.NOTHING);
    }

    @Test
    void groupsALabelAndItsValueReadAsSeparateLinesIntoOneRow() {
        OcrPage page = new OcrPage(List.of(
                new OcrPage.Line(List.of(new OcrPage.Word("厦门示例贸易有限公司", 400, 305, 900, 350, 95))),
                new OcrPage.Line(List.of(new OcrPage.Word("名", 100, 300, 140, 345, 90),
                        new OcrPage.Word("称", 200, 300, 240, 345, 90))),
                new OcrPage.Line(List.of(new OcrPage.Word("类型", 100, 400, 240, 445, 90)))));
        assertThat(page.rows()).hasSize(2);
        assertThat(LicenceText.read(page).legalName()).isEqualTo("厦门示例贸易有限公司");
    }

    /**
     * Rows of words separated by spaces, one row per argument, each word 50 × 40 and 60 apart; "word@60" gives a
     * confidence (else 95), "|" leaves a gap of 400, "&gt;520" goes on at x 520.
     */
    private static OcrPage page(String... rows) {
        List<OcrPage.Line> lines = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            List<OcrPage.Word> words = new ArrayList<>();
            int x = 0;
            for (String token : rows[r].split(" ")) {
                if (token.equals("|")) {
                    x += 400;
                    continue;
                }
                if (token.startsWith(">")) {
                    x = Integer.parseInt(token.substring(1));
                    continue;
                }
                String[] parts = token.split("@");
                int confidence = parts.length > 1 ? Integer.parseInt(parts[1]) : 95;
                words.add(new OcrPage.Word(parts[0], x, r * 100, x + 50, r * 100 + 40, confidence));
                x += 60;
            }
            lines.add(new OcrPage.Line(words));
        }
        return new OcrPage(lines);
    }
}
