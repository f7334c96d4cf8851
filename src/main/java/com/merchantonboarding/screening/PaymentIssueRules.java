package com.merchantonboarding.screening;

import com.merchantonboarding.screening.facts.DisputeTerms;
import com.merchantonboarding.screening.facts.EarlierReport;
import com.merchantonboarding.screening.facts.PaymentIssueFacts;
import com.merchantonboarding.screening.facts.RuleFinding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.PatternSyntaxException;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic checks of a customer's payment problem: the analysts' folder {@value #FOLDER} of the rules location
 * (the DRL, {@code providers.csv} with each provider's dispute window and reference format, {@code codes.csv} with
 * each finding's outcome and the merchant's text in both languages). Checked like the onboarding policy (every
 * DRL through {@link RuleSafety}, CSV rows with file and line) and compiled once, when built; each evaluation opens
 * a stateless session. The onboarding rule set leaves this folder out.
 */
public final class PaymentIssueRules {

    public static final String FOLDER = "paymentissues/";
    static final String PROVIDERS = FOLDER + "providers.csv";
    static final String CODES = FOLDER + "codes.csv";

    private static final Logger log = LoggerFactory.getLogger(PaymentIssueRules.class);
    private static final int MAX_FIRINGS = 1000;

    /** What a code means: close the report (REJECT) or ask the merchant (INFORMATION), and the merchant's text. */
    public record Code(String code, Outcome outcome, String english, String chinese) {

        public String text(Locale locale) {
            return locale != null && "zh".equals(locale.getLanguage()) ? chinese : english;
        }
    }

    public enum Outcome { REJECT, INFORMATION }

    private final String description;
    private final KieBase kieBase;
    private final Map<String, DisputeTerms> terms;
    private final Map<String, Code> codes;

    private PaymentIssueRules(String description, KieBase kieBase, Map<String, DisputeTerms> terms,
                              Map<String, Code> codes) {
        this.description = description;
        this.kieBase = kieBase;
        this.terms = terms;
        this.codes = codes;
    }

    /** Loads the folder from a rules location ({@code classpath:rules/}, a folder on disk). */
    public static PaymentIssueRules load(String location) {
        RuleSource source = RuleSource.of(location);
        SortedMap<String, byte[]> files = RuleBaseLoader.read(source);
        if (files.keySet().stream().noneMatch(path -> path.startsWith(FOLDER))) {
            // A rules folder on disk from before payment issues: the shipped checks until an analyst adds the folder.
            log.warn("{} has no {} folder: the shipped payment-issue rules are used", source.description(), FOLDER);
            source = RuleSource.of(RuleFolders.SHIPPED);
            files = RuleBaseLoader.read(source);
        }
        return load(source.description() + FOLDER, files);
    }

    /** @throws RuleBaseException naming each broken file and line */
    static PaymentIssueRules load(String description, SortedMap<String, byte[]> allFiles) {
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> drl = new LinkedHashMap<>();
        allFiles.forEach((path, bytes) -> {
            if (path.startsWith(FOLDER) && path.endsWith(".drl")) {
                drl.put(path, bytes);
            }
        });
        if (drl.isEmpty()) {
            problems.add(FOLDER + ": no .drl file");
        }
        Map<String, DisputeTerms> terms = providers(allFiles.get(PROVIDERS), problems);
        Map<String, Code> codes = codes(allFiles.get(CODES), problems);
        List<String> unsafe = new ArrayList<>();
        drl.forEach((path, bytes) -> unsafe.addAll(RuleSafety.check(path, new String(bytes, StandardCharsets.UTF_8))));
        problems.addAll(unsafe);
        drl.forEach((path, bytes) -> {
            var matcher = java.util.regex.Pattern.compile("new\\s+RuleFinding\\s*\\(\\s*kcontext\\s*,\\s*\"([^\"]*)\"")
                    .matcher(new String(bytes, StandardCharsets.UTF_8));
            while (matcher.find()) {
                if (!codes.containsKey(matcher.group(1))) {
                    problems.add(path + ": code " + matcher.group(1) + " is not in " + CODES);
                }
            }
        });
        KieBase kieBase = unsafe.isEmpty() && !drl.isEmpty() ? compile(drl, problems) : null;
        if (!problems.isEmpty()) {
            throw new RuleBaseException(description, problems);
        }
        log.info("Payment-issue rules loaded from {}: {} rule files, providers {}", description, drl.size(),
                terms.keySet());
        return new PaymentIssueRules(description, kieBase, terms, codes);
    }

    /** What the rules find about one report, given the same merchant's earlier reports of the same payment. */
    public List<RuleFinding> evaluate(PaymentIssueFacts issue, List<EarlierReport> earlier) {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(issue);
            terms(issue.getProvider()).ifPresent(session::insert);
            earlier.forEach(session::insert);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("Payment-issue rules fired " + fired + " times: a rule loop?");
            }
            List<RuleFinding> findings = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                if (fact instanceof RuleFinding finding) {
                    findings.add(finding);
                }
            }
            findings.sort(java.util.Comparator.comparing(RuleFinding::getCode));
            return findings;
        } finally {
            session.dispose();
        }
    }

    public Optional<DisputeTerms> terms(String provider) {
        return Optional.ofNullable(terms.get(provider));
    }

    public Optional<Code> code(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    public String description() {
        return description;
    }

    private static Map<String, DisputeTerms> providers(byte[] bytes, List<String> problems) {
        Map<String, DisputeTerms> terms = new LinkedHashMap<>();
        if (bytes == null) {
            problems.add(PROVIDERS + ": missing");
            return terms;
        }
        try {
            for (Csv.Row row : Csv.parse(PROVIDERS, bytes, "provider", "disputewindowdays", "referencepattern",
                    "referenceexample")) {
                String provider = row.get("provider").toUpperCase(Locale.ROOT);
                try {
                    int days = Integer.parseInt(row.get("disputewindowdays"));
                    if (days < 1) {
                        throw new NumberFormatException();
                    }
                    DisputeTerms row1 = new DisputeTerms(provider, days, row.get("referencepattern"),
                            row.get("referenceexample"));
                    if (!row1.acceptsReference(row1.getReferenceExample())) {
                        problems.add(row.where() + ": the example " + row1.getReferenceExample()
                                + " does not match the pattern " + row1.getReferencePattern());
                    }
                    if (terms.put(provider, row1) != null) {
                        problems.add(row.where() + ": provider " + provider + " listed twice");
                    }
                } catch (NumberFormatException e) {
                    problems.add(row.where() + ": disputeWindowDays must be a whole number of days above 0");
                } catch (PatternSyntaxException e) {
                    problems.add(row.where() + ": referencePattern is not a regular expression: "
                            + e.getDescription());
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        return terms;
    }

    private static Map<String, Code> codes(byte[] bytes, List<String> problems) {
        Map<String, Code> codes = new LinkedHashMap<>();
        if (bytes == null) {
            problems.add(CODES + ": missing");
            return codes;
        }
        try {
            for (Csv.Row row : Csv.parse(CODES, bytes, "code", "outcome", "en", "zh-cn")) {
                try {
                    Outcome outcome = Outcome.valueOf(row.get("outcome"));
                    codes.put(row.get("code"), new Code(row.get("code"), outcome, row.get("en"), row.get("zh-cn")));
                } catch (IllegalArgumentException e) {
                    problems.add(row.where() + ": outcome must be REJECT or INFORMATION");
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        return codes;
    }

    private static KieBase compile(Map<String, byte[]> drl, List<String> problems) {
        return RuleBaseLoader.compile("payment-issue-rules", drl, problems);
    }
}
