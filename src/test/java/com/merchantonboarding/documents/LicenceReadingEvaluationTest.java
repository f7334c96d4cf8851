package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.ApplicationData.BankAccount;
import com.merchantonboarding.application.ApplicationData.BeneficialOwner;
import com.merchantonboarding.application.ApplicationData.BusinessType;
import com.merchantonboarding.application.ApplicationData.Contact;
import com.merchantonboarding.application.ApplicationData.LegalRepresentative;
import com.merchantonboarding.application.ApplicationData.Money;
import com.merchantonboarding.application.ApplicationData.PaymentFeature;
import com.merchantonboarding.application.ApplicationData.WalletProvider;
import com.merchantonboarding.documents.PhoneCorpus.Entry;
import com.merchantonboarding.documents.PhoneCorpus.Expected;
import com.merchantonboarding.documents.PhonePhotos.Condition;
import com.merchantonboarding.screening.Finding;
import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.screening.RuleBaseLoader;
import com.merchantonboarding.screening.RuleSource;
import com.merchantonboarding.screening.ScreeningService;
import com.merchantonboarding.screening.Severity;
import com.merchantonboarding.screening.facts.NameSimilarity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's evaluation: every file of the {@link PhoneCorpus} through the real inspection and the shipped rules, as
 * screening sees it, classified by what happens to the merchant. Prints a table per condition, the total and a
 * confusion table (also to target/reading-evaluation.md).
 *
 * <pre>
 * OMP_THREAD_LIMIT=1 ./mvnw -o -q test -Dtest=LicenceReadingEvaluationTest            # the build's 36 files
 * OMP_THREAD_LIMIT=1 ./mvnw -o -q test -Dtest=LicenceReadingEvaluationTest -Devaluation.full=true   # all 117
 *   add -Devaluation.reading-goals=true to fail on the goals as well
 * </pre>
 *
 * The build asserts only ceilings measured on the subset, so reading can improve but not regress.
 */
class LicenceReadingEvaluationTest {

    /**
     * Ceilings on the build's subset. Before issue 10's reading (main at 00f6fa8) they were 10 of 18 genuine sent
     * back and 4 of 18 mismatches passed silently; with orientation, the name by position and honest decisions both
     * are 0, and must stay there.
     */
    static final int GENUINE_SENT_BACK_CEILING = 0;
    static final int MISMATCHES_PASSED_SILENTLY_CEILING = 0;

    private static final Set<String> LICENCE_REQUIREMENTS = Set.of("legalName", "registrationNumber",
            "documents." + DocumentType.BUSINESS_LICENSE);

    /** What became of one file. */
    enum Outcome {
        /** No finding on the licence. */
        PASSED,
        /** An observation for the officer (a similar name, a name not verified), nothing to the merchant. */
        TO_OFFICER,
        SENT_BACK_NAME,
        SENT_BACK_CODE,
        SENT_BACK_UNREADABLE,
        /** Another finding the merchant sees about the licence. */
        SENT_BACK_OTHER;

        boolean sentBack() {
            return name().startsWith("SENT_BACK");
        }
    }

    record Result(Entry entry, String codeRead, String nameRead, List<Finding> findings, Outcome outcome, long millis) {

        boolean codeRight() {
            return entry.printed().code().equals(codeRead);
        }

        boolean nameVerified() {
            return NameSimilarity.sameName(nameRead, entry.declaredName());
        }

        boolean genuine() {
            return entry.expected() == Expected.GENUINE;
        }

        boolean genuineSentBack() {
            return genuine() && outcome.sentBack();
        }

        /** For a mismatch: the finding it calls for was raised. */
        boolean caught() {
            return switch (entry.expected()) {
                case GENUINE -> false;
                case OTHER_CODE -> has("REGISTRATION_NUMBER_MISMATCH");
                case OTHER_NAME -> has("LEGAL_NAME_MISMATCH");
                // A name one or two characters off is caught when the merchant or an officer is told about the name.
                case NAME_OFF_BY_1_2 -> findings.stream().anyMatch(f -> f.requirement().equals("legalName"))
                        || outcome == Outcome.TO_OFFICER;
            };
        }

        boolean passedSilently() {
            return !genuine() && outcome == Outcome.PASSED;
        }

        boolean has(String code) {
            return findings.stream().anyMatch(f -> f.code().equals(code));
        }

        String explained() {
            String findingText = findings.isEmpty() ? "no finding"
                    : String.join("; ", findings.stream().map(f -> f.code() + ": " + f.detail()).toList());
            return String.format(Locale.ROOT, "%s [%s] declared %s / %s; read %s / %s; %s", entry.id(), entry.fileName(),
                    entry.declaredCode(), entry.declaredName(), codeRead, nameRead, findingText);
        }
    }

    @Test
    void readsThePhoneCorpusWithoutSendingMoreGenuineMerchantsBack() throws Exception {
        boolean full = Boolean.getBoolean("evaluation.full");
        List<Entry> entries = PhoneCorpus.entries().stream().filter(e -> full || e.ci()).toList();
        long started = System.nanoTime();
        List<Result> results = evaluate(entries);
        String report = report(results, full) + String.format(Locale.ROOT, "%nWall time of the evaluation: %d s%n",
                (System.nanoTime() - started) / 1_000_000_000);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/reading-evaluation.md"), report);

        SoftAssertions softly = new SoftAssertions();
        if (!full) {
            softly.assertThat(count(results, Result::genuineSentBack)).as("genuine licences sent back to the merchant "
                    + "(ceiling; see the failures above)").isLessThanOrEqualTo(GENUINE_SENT_BACK_CEILING);
            softly.assertThat(count(results, Result::passedSilently)).as("mismatches passed silently (ceiling)")
                    .isLessThanOrEqualTo(MISMATCHES_PASSED_SILENTLY_CEILING);
        }
        if (Boolean.getBoolean("evaluation.reading-goals")) {
            goals(results).forEach((goal, met) -> softly.assertThat(met).as(goal).isTrue());
        }
        softly.assertAll();
    }

    private static List<Result> evaluate(List<Entry> entries) throws Exception {
        DocumentInspector inspector = TestSetup.inspector();
        RuleBase rules = new RuleBaseLoader().load(RuleSource.directory(Path.of("rules")));
        Path folder = Files.createDirectories(Path.of("target/phone-corpus"));
        // Two at a time: inspection is thread-safe and holds two OCR slots by default.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Entry entry : entries) {
                futures.add(pool.submit(() -> {
                    byte[] bytes = entry.bytes();
                    Files.write(folder.resolve(entry.fileName()), bytes);
                    Document document = TestSetup.document(DocumentType.BUSINESS_LICENSE);
                    long started = System.nanoTime();
                    DocumentInspection inspection = inspector.inspect(document, bytes);
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    DocumentEvidence licence = Documents.evidence(document, inspection);
                    List<Finding> findings = ScreeningService.evaluate(rules, declared(entry), documents(licence), null)
                            .findings().stream().filter(f -> LICENCE_REQUIREMENTS.contains(f.requirement())).toList();
                    // An officer is told about the name by a finding, or by inspection's own note in the dossier.
                    boolean officerNote = inspection.has(InspectionReport.NAME_NOT_READ)
                            || inspection.has(InspectionReport.CODE_UNVERIFIED);
                    Outcome outcome = outcome(findings);
                    return new Result(entry, inspection.getLicenceRegistrationNumber(), inspection.getLicenceLegalName(),
                            findings, outcome == Outcome.PASSED && officerNote ? Outcome.TO_OFFICER : outcome, millis);
                }));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome outcome(List<Finding> findings) {
        Predicate<String> has = code -> findings.stream().anyMatch(f -> f.code().equals(code));
        if (has.test("DOCUMENT_UNREADABLE")) {
            return Outcome.SENT_BACK_UNREADABLE;
        }
        if (has.test("REGISTRATION_NUMBER_MISMATCH")) {
            return Outcome.SENT_BACK_CODE;
        }
        if (has.test("LEGAL_NAME_MISMATCH")) {
            return Outcome.SENT_BACK_NAME;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.CHANGES_REQUIRED || f.severity() == Severity.REJECT)) {
            return Outcome.SENT_BACK_OTHER;
        }
        return findings.isEmpty() ? Outcome.PASSED : Outcome.TO_OFFICER;
    }

    /** The declared data of a complete, clean application (support.IntegrationTest.completeData) for this licence. */
    static ApplicationData declared(Entry entry) {
        String representative = entry.printed().representative();
        return new ApplicationData(entry.declaredName(), "Example Shop", BusinessType.COMPANY, entry.declaredCode(), "CN",
                "5812", "https://shop.example.cn", new Money("80000.00", "CNY"),
                new Contact("owner@shop.example.cn", "+86 592 555 0100"),
                new LegalRepresentative(representative, "35020319900101123X"),
                List.of(new BeneficialOwner(representative, 60.0)),
                new BankAccount(entry.declaredName(), "6222020200112233445", "中国工商银行", "CNY"),
                List.of(WalletProvider.ALIPAY, WalletProvider.WECHAT_PAY),
                List.of(PaymentFeature.QR_CODE, PaymentFeature.PAYMENT_LINK, PaymentFeature.E_INVOICE));
    }

    private static List<DocumentEvidence> documents(DocumentEvidence licence) {
        return List.of(licence, DocumentEvidence.clean(DocumentType.LEGAL_REP_ID_FRONT, "image/jpeg"),
                DocumentEvidence.clean(DocumentType.LEGAL_REP_ID_BACK, "image/jpeg"),
                DocumentEvidence.clean(DocumentType.BANK_ACCOUNT_PROOF, "image/jpeg"));
    }

    /** The goals, each with whether it is met. */
    static Map<String, Boolean> goals(List<Result> results) {
        Map<String, Boolean> goals = new java.util.LinkedHashMap<>();
        goals.put("genuine licences sent back to the merchant: 0", count(results, Result::genuineSentBack) == 0);
        for (Condition condition : Condition.values()) {
            List<Result> in = results.stream().filter(r -> r.entry().condition() == condition).toList();
            if (!in.isEmpty()) {
                goals.put("codes read right ≥ 97 % (" + condition.label + ")", count(in, Result::codeRight) >= 0.97 * in.size());
            }
        }
        List<Result> genuine = results.stream().filter(Result::genuine).toList();
        goals.put("names verified ≥ 90 %", count(genuine, Result::nameVerified) >= 0.9 * genuine.size());
        List<Result> clear = results.stream().filter(r -> r.entry().expected() == Expected.OTHER_CODE
                || r.entry().expected() == Expected.OTHER_NAME).toList();
        goals.put("another code or an entirely different name caught ≥ 98 %", count(clear, Result::caught) >= 0.98 * clear.size());
        goals.put("a name one or two characters off never passed silently", results.stream()
                .noneMatch(r -> r.entry().expected() == Expected.NAME_OFF_BY_1_2 && !r.caught()));
        return goals;
    }

    static String report(List<Result> results, boolean full) {
        StringBuilder out = new StringBuilder();
        out.append("## Licence reading on the phone corpus (").append(full ? "full corpus" : "the build's subset")
                .append(", ").append(results.size()).append(" files)\n\n");
        out.append("| condition | files | codes read right | names verified (genuine) | genuine sent back "
                + "| mismatches caught | mismatches passed silently | median ms |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Condition condition : Condition.values()) {
            List<Result> in = results.stream().filter(r -> r.entry().condition() == condition).toList();
            if (!in.isEmpty()) {
                out.append(row(condition.label, in));
            }
        }
        out.append(row("**total**", results)).append('\n');

        out.append("Confusion (expected × outcome):\n\n| expected |");
        for (Outcome outcome : Outcome.values()) {
            out.append(' ').append(outcome).append(" |");
        }
        out.append("\n| --- |").append(" --- |".repeat(Outcome.values().length)).append('\n');
        for (Expected expected : Expected.values()) {
            Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
            results.stream().filter(r -> r.entry().expected() == expected).forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
            out.append("| ").append(expected).append(" |");
            for (Outcome outcome : Outcome.values()) {
                out.append(' ').append(counts.getOrDefault(outcome, 0)).append(" |");
            }
            out.append('\n');
        }

        out.append("\nGoals of issue 10:\n\n");
        goals(results).forEach((goal, met) -> out.append("- ").append(met ? "met" : "NOT MET").append(": ").append(goal).append('\n'));

        out.append("\nGenuine licences sent back to the merchant:\n\n");
        results.stream().filter(Result::genuineSentBack).sorted(Comparator.comparing(r -> r.entry().id()))
                .forEach(r -> out.append("- ").append(r.outcome()).append(' ').append(r.explained()).append('\n'));
        out.append("\nMismatches not caught:\n\n");
        results.stream().filter(r -> !r.genuine() && !r.caught()).sorted(Comparator.comparing(r -> r.entry().id()))
                .forEach(r -> out.append("- ").append(r.outcome()).append(' ').append(r.explained()).append('\n'));
        out.append("\nGenuine licences whose code was not read right or whose name was not verified:\n\n");
        results.stream().filter(r -> r.genuine() && !r.genuineSentBack() && (!r.codeRight() || !r.nameVerified()))
                .sorted(Comparator.comparing(r -> r.entry().id()))
                .forEach(r -> out.append("- ").append(r.outcome()).append(' ').append(r.explained()).append('\n'));
        return out.toString();
    }

    private static String row(String label, List<Result> in) {
        List<Result> genuine = in.stream().filter(Result::genuine).toList();
        List<Result> mismatches = in.stream().filter(r -> !r.genuine()).toList();
        long[] millis = in.stream().mapToLong(Result::millis).sorted().toArray();
        return String.format(Locale.ROOT, "| %s | %d | %d of %d | %d of %d | %d of %d | %d of %d | %d of %d | %d |\n", label,
                in.size(), count(in, Result::codeRight), in.size(), count(genuine, Result::nameVerified), genuine.size(),
                count(genuine, Result::genuineSentBack), genuine.size(), count(mismatches, Result::caught), mismatches.size(),
                count(mismatches, Result::passedSilently), mismatches.size(), millis[millis.length / 2]);
    }

    private static int count(List<Result> results, Predicate<Result> which) {
        return (int) results.stream().filter(which).count();
    }
}
