package com.merchantonboarding.documents;

import com.merchantonboarding.documents.LicenceRenderer.Licence;
import com.merchantonboarding.screening.facts.NameSimilarity;
import com.merchantonboarding.screening.facts.UnifiedSocialCreditCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The corpus report of docs/inspection.md: five licences under seven conditions that a person reads, and three that
 * nobody should have to, each declared exactly as printed. Not part of the build (about a minute of OCR):
 * <pre>OMP_THREAD_LIMIT=1 mvn -o test -Dtest=LicenceCorpusReport -Dcorpus.report=true</pre>
 * writes target/corpus-report.md.
 */
@EnabledIfSystemProperty(named = "corpus.report", matches = "true")
class LicenceCorpusReport {

    private static final double SIMILAR_FROM = 0.8;

    static List<Licence> licences() {
        String beijing = "91110108MA01ABCD2";
        return List.of(Licence.xiamenTrading(),
                new Licence("913502000728319549", "福州海风茶业有限公司", "陈海风"),
                new Licence("9135021359498494XQ", "泉州安溪铁观音茶厂", "林安溪"),
                new Licence("91440101MA5CJQ4N59", "广州示例科技有限公司", "李广州"),
                new Licence(beijing + UnifiedSocialCreditCode.checkCharacter(beijing), "北京示例（集团）股份有限公司", "赵北京"));
    }

    static Map<String, Function<Licence, byte[]>> readableConditions() {
        Map<String, Function<Licence, byte[]>> conditions = new LinkedHashMap<>();
        conditions.put("clean scan, PNG", l -> Encodings.png(LicenceRenderer.scan(l, 1600)));
        conditions.put("photo +3°, noise 6", l -> LicenceCorpus.photo(l, 2000, 3, 6, 1));
        conditions.put("photo −5°, noise 15", l -> LicenceCorpus.photo(l, 1800, -5, 15, 2));
        conditions.put("photo 12 MP, +1.5°", l -> LicenceCorpus.photo(l, 3500, 1.5, 8, 3));
        conditions.put("photo, dim light", l -> Encodings.jpeg(Distortions.dim(
                Distortions.photo(LicenceRenderer.scan(l, 2000), -2, 5, 4), 0.5), 0.85f));
        conditions.put("low resolution 900 px", l -> Encodings.jpeg(Distortions.resize(LicenceRenderer.scan(l, 1600), 900), 0.85f));
        conditions.put("scanned PDF, 1 page", l -> TestPdfs.scanned(LicenceRenderer.scan(l, 1600)));
        return conditions;
    }

    static Map<String, Function<Licence, byte[]>> unreadableConditions() {
        Map<String, Function<Licence, byte[]>> conditions = new LinkedHashMap<>();
        conditions.put("too small, 800 px", l -> Encodings.jpeg(Distortions.resize(LicenceRenderer.scan(l, 1600), 800), 0.85f));
        conditions.put("out of focus σ 3", l -> Encodings.jpeg(Distortions.blur(LicenceRenderer.scan(l, 1600), 3), 0.85f));
        conditions.put("shaken 15 px", l -> Encodings.jpeg(Distortions.motionBlur(LicenceRenderer.scan(l, 1600), 15), 0.85f));
        conditions.put("photo out of focus σ 3", l -> Encodings.jpeg(Distortions.photo(
                Distortions.blur(LicenceRenderer.scan(l, 1600), 3), 2, 10, 5), 0.85f));
        return conditions;
    }

    @Test
    void report() throws IOException {
        DocumentInspector inspector = TestSetup.inspector();
        List<String> rows = new ArrayList<>();
        int readable = 0;
        int codes = 0;
        int names = 0;
        int similar = 0;
        int missingNames = 0;
        int falseMismatches = 0;
        int falseUnreadable = 0;
        long millis = 0;
        for (var condition : readableConditions().entrySet()) {
            for (Licence licence : licences()) {
                long started = System.nanoTime();
                DocumentInspection i = inspector.inspect(TestSetup.document(DocumentType.BUSINESS_LICENSE),
                        condition.getValue().apply(licence));
                millis += (System.nanoTime() - started) / 1_000_000;
                readable++;
                boolean unreadable = i.has("DOCUMENT_UNREADABLE");
                String code = unreadable ? null : i.getLicenceRegistrationNumber();
                String name = unreadable ? null : i.getLicenceLegalName();
                double similarity = name == null ? Double.NaN : NameSimilarity.similarity(licence.name(), name);
                boolean codeMismatch = code != null && !code.equals(licence.code());
                boolean nameMismatch = name != null && similarity < SIMILAR_FROM;
                codes += licence.code().equals(code) ? 1 : 0;
                names += name != null && similarity == 1.0 ? 1 : 0;
                similar += name != null && similarity >= SIMILAR_FROM && similarity < 1.0 ? 1 : 0;
                missingNames += name == null ? 1 : 0;
                falseMismatches += codeMismatch || nameMismatch ? 1 : 0;
                falseUnreadable += unreadable ? 1 : 0;
                rows.add(String.format(Locale.ROOT, "| %s | %s | %.1f | %s | %s | %s |", condition.getKey(), licence.name(),
                        i.getSharpness(), code == null ? "—" : code.equals(licence.code()) ? "✓" : "✗ " + code,
                        name == null ? "—" : similarity == 1.0 ? "✓" : String.format(Locale.ROOT, "%s (%.2f)", name, similarity),
                        unreadable ? i.detailOf("DOCUMENT_UNREADABLE") : ""));
            }
        }
        int caught = 0;
        int blurredOrTiny = 0;
        for (var condition : unreadableConditions().entrySet()) {
            for (Licence licence : licences()) {
                DocumentInspection i = inspector.inspect(TestSetup.document(DocumentType.BUSINESS_LICENSE),
                        condition.getValue().apply(licence));
                blurredOrTiny++;
                caught += i.has("DOCUMENT_UNREADABLE") ? 1 : 0;
                rows.add(String.format(Locale.ROOT, "| %s | %s | %s | | | %s |", condition.getKey(), licence.name(),
                        i.getSharpness() == null ? "—" : String.format(Locale.ROOT, "%.1f", i.getSharpness()),
                        i.has("DOCUMENT_UNREADABLE") ? "caught: " + i.detailOf("DOCUMENT_UNREADABLE") : "NOT CAUGHT"));
            }
        }
        String summary = String.format(Locale.ROOT, """
                readable licences: %d; code read correctly: %d; name read exactly: %d; name close (review): %d; \
                name not read (no name check): %d; false mismatches: %d; readable licences found unreadable: %d; \
                blurred or tiny caught: %d of %d; mean inspection of a readable licence: %d ms
                """, readable, codes, names, similar, missingNames, falseMismatches, falseUnreadable, caught,
                blurredOrTiny, millis / readable);
        String table = "| condition | licence | sharpness | code | name | unreadable |\n| --- | --- | --- | --- | --- | --- |\n"
                + String.join("\n", rows) + "\n\n" + summary;
        System.out.println(table);
        Files.writeString(Path.of("target/corpus-report.md"), table);
    }
}
