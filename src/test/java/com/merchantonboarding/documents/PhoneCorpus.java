package com.merchantonboarding.documents;

import com.merchantonboarding.documents.LicenceRenderer.Licence;
import com.merchantonboarding.documents.PhonePhotos.Condition;
import com.merchantonboarding.screening.facts.UnifiedSocialCreditCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Licences in the national layout as merchants upload them (docs/inspection.md, "Photos of the national layout"):
 * genuine ones, declared exactly as printed, and three kinds of mismatch, each under every {@link Condition}. The
 * files are made at test time; the labels are in git (src/test/resources/phone-corpus/labels.csv, kept in step by
 * {@code PhoneCorpusTest}).
 */
final class PhoneCorpus {

    /** What a careful officer would conclude comparing the declared data with the licence. */
    enum Expected { GENUINE, OTHER_CODE, NAME_OFF_BY_1_2, OTHER_NAME }

    static final int GENUINE_PER_CONDITION = 7;
    static final int MISMATCHES_PER_KIND = 2;

    /** Company names: long ones, rare characters, brackets, and the legal forms licences carry. */
    static final List<String> NAMES = List.of(
            "厦门示例贸易有限公司",
            "厦门（集美）示例贸易有限公司",
            "上海浦东示例信息技术有限公司",
            "福州海风茶业有限公司",
            "泉州安溪铁观音茶厂",
            "北京示例（集团）股份有限公司",
            "广州示例科技有限公司",
            "深圳市前海示例供应链管理服务有限公司",
            "杭州西湖龙井茶叶专业合作社",
            "成都锦江麒麟餐饮管理有限公司",
            "武汉鑫淼晟商贸有限公司",
            "苏州工业园区示例电子科技有限公司",
            "厦门（湖里）鹭岛海鲜餐厅有限公司",
            "南京玄武翡翠珠宝店",
            "漳州芗城燊烜五金经营部",
            "青岛崂山示例矿泉水饮品有限公司",
            "宁波鄞州示例进出口有限公司",
            "云南普洱茶（集团）有限公司",
            "昆明滇池示例文化传媒有限公司",
            "重庆渝中示例火锅餐饮管理有限公司",
            "长沙岳麓示例教育咨询有限公司",
            "西安曲江示例旅游开发有限责任公司",
            "厦门思明鼎泰小吃店",
            "珠海横琴示例跨境电子商务有限公司");
    /** Administrative division (code characters 3–8) of each name, in order. */
    private static final List<String> DIVISIONS = List.of(
            "350200", "350211", "310115", "350100", "350524", "110108", "440101", "440300", "330106", "510104",
            "420106", "320505", "350206", "320102", "350602", "370212", "330212", "530000", "530100", "500103",
            "430104", "610113", "350203", "440404");
    private static final List<String> REPRESENTATIVES = List.of(
            "王小明", "陈海风", "林安溪", "李广州", "赵北京", "周晓燕", "黄志强", "吴丽娟", "郑国栋", "欧阳娜娜");
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Characters that replace one of a name's: common in names, so the changed name still reads as a name. */
    private static final String REPLACEMENTS = "华兴盛达源泰恒丰宏信";

    /**
     * One file of the corpus.
     *
     * @param id            unique, also the file's name without extension
     * @param condition     how it was photographed or scanned
     * @param expected      what the declared data is, compared with the licence
     * @param declaredName  the legal name the merchant entered
     * @param declaredCode  the registration number the merchant entered
     * @param printed       what the licence shows
     * @param seed          the photo's randomness
     * @param ci            whether the build's subset holds it
     */
    record Entry(String id, Condition condition, Expected expected, String declaredName, String declaredCode,
            Licence printed, long seed, boolean ci) {

        String fileName() {
            return id + (condition == Condition.PDF_SCAN ? ".pdf" : ".jpg");
        }

        byte[] bytes() {
            return PhonePhotos.take(condition, printed, seed);
        }

        String csv() {
            return String.join(",", id, condition.name(), expected.name(), String.valueOf(ci), declaredName,
                    declaredCode, printed.name(), printed.code(), printed.representative(), String.valueOf(seed),
                    fileName());
        }

        @Override
        public String toString() {
            return id;
        }
    }

    static final String CSV_HEADER =
            "id,condition,expected,ci,declared_name,declared_code,printed_name,printed_code,representative,seed,file";

    private PhoneCorpus() {
    }

    /** The whole corpus: per condition 7 genuine licences and 2 of each kind of mismatch (117 files). */
    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        Condition[] conditions = Condition.values();
        for (int c = 0; c < conditions.length; c++) {
            Condition condition = conditions[c];
            String prefix = condition.name().toLowerCase().replace('_', '-');
            for (int k = 0; k < GENUINE_PER_CONDITION; k++) {
                Licence licence = licence((c * GENUINE_PER_CONDITION + k) % NAMES.size());
                entries.add(new Entry(prefix + "-genuine-" + (k + 1), condition, Expected.GENUINE, licence.name(),
                        licence.code(), licence, seed(condition, Expected.GENUINE, k), k < 2));
            }
            Expected[] kinds = {Expected.OTHER_CODE, Expected.NAME_OFF_BY_1_2, Expected.OTHER_NAME};
            for (int kind = 0; kind < kinds.length; kind++) {
                Expected expected = kinds[kind];
                for (int j = 0; j < MISMATCHES_PER_KIND; j++) {
                    int n = (c * 5 + kind * 7 + j * 3 + 11) % NAMES.size();
                    Licence licence = licence(n);
                    String declaredName = licence.name();
                    String declaredCode = licence.code();
                    switch (expected) {
                        case OTHER_CODE -> declaredCode = code(DIVISIONS.get(n), 1000L + c * 10 + j);
                        case NAME_OFF_BY_1_2 -> declaredName = nameOff(licence.name(), 1 + j, c * 10L + j);
                        case OTHER_NAME -> declaredName = NAMES.get((n + NAMES.size() / 2) % NAMES.size());
                        default -> throw new IllegalStateException();
                    }
                    // The build's subset: two kinds of mismatch per condition, each kind in six conditions.
                    boolean ci = j == 0 && (kind == c % 3 || kind == (c + 1) % 3);
                    entries.add(new Entry(prefix + "-" + expected.name().toLowerCase().replace('_', '-') + "-" + (j + 1),
                            condition, expected, declaredName, declaredCode, licence, seed(condition, expected, j), ci));
                }
            }
        }
        return entries;
    }

    /** The labels file's text, as committed. */
    static String labels() {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        entries().forEach(e -> csv.append(e.csv()).append('\n'));
        return csv.toString();
    }

    /** The licence of the {@code n}th name, with its own valid code. */
    static Licence licence(int n) {
        return new Licence(code(DIVISIONS.get(n), n), NAMES.get(n), REPRESENTATIVES.get(n % REPRESENTATIVES.size()));
    }

    /** A valid Unified Social Credit Code of a company (91) in {@code division}. */
    static String code(String division, long seed) {
        Random random = new Random(0xC0DEL * 31 + seed);
        StringBuilder code = new StringBuilder("91").append(division);
        for (int i = 0; i < 9; i++) {
            // Organisation codes are mostly digits, some letters (MA… codes of newer companies).
            code.append(random.nextInt(3) == 0 ? ALPHABET.charAt(10 + random.nextInt(21)) : (char) ('0' + random.nextInt(10)));
        }
        return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString())).toString();
    }

    /** {@code name} with {@code changes} characters of its distinctive part (not the place, not the legal form) replaced. */
    static String nameOff(String name, int changes, long seed) {
        Random random = new Random(seed);
        int suffix = name.endsWith("有限责任公司") || name.endsWith("股份有限公司") ? 6
                : name.endsWith("有限公司") ? 4 : name.endsWith("合作社") || name.endsWith("经营部") ? 3 : 1;
        List<Integer> positions = new ArrayList<>();
        for (int i = 2; i < name.length() - suffix; i++) {
            if ("（）".indexOf(name.charAt(i)) < 0) {
                positions.add(i);
            }
        }
        char[] chars = name.toCharArray();
        for (int k = 0; k < changes; k++) {
            int position = positions.remove(random.nextInt(positions.size()));
            char replacement;
            do {
                replacement = REPLACEMENTS.charAt(random.nextInt(REPLACEMENTS.length()));
            } while (replacement == name.charAt(position));
            chars[position] = replacement;
        }
        return new String(chars);
    }

    private static long seed(Condition condition, Expected expected, int k) {
        return condition.ordinal() * 1000L + expected.ordinal() * 100L + k;
    }
}
