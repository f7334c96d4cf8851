package com.merchantonboarding.screening;

import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.common.Clocks;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link RuleSource}, checks every file and compiles the DRL into a {@link RuleBase}. All problems
 * of a source are reported together in one {@link RuleBaseException}, each with its file and line, so a
 * broken edit is refused before anything uses it. A DRL file that may do more than match facts and produce
 * findings ({@link RuleSafety}) is refused before the compiler sees it. The analysts' scenarios
 * ({@value #SCENARIOS}) are left out: they test the rule set and are not part of it. Compiling takes a second
 * or two: load at start and on an explicit reload, never per evaluation.
 */
@Component
public class RuleBaseLoader {

    static final String POLICY = "policy.properties";
    static final String REASON_CODES = "reason-codes.csv";
    /**
     * Analysts' scenarios live beside the rules but are not part of the rule set: they test it. Editing one
     * changes no decision, so it changes neither the version nor the compiled rules.
     */
    public static final String SCENARIOS = "scenarios/";
    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern EMITTED_CODE = Pattern.compile("new\\s+RuleFinding\\s*\\(\\s*kcontext\\s*,\\s*\"([^\"]*)\"");

    /** Loads from a configured location ({@code classpath:rules/}, {@code /opt/rules}, ...). */
    public RuleBase load(String location) {
        return load(RuleSource.of(location));
    }

    /** @throws RuleBaseException naming each broken file and line */
    public RuleBase load(RuleSource source) {
        return load(source, read(source));
    }

    /**
     * Compiles files already read from {@code source}, so that a caller that also needs the scenarios reads the
     * folder once and checks the very files it activates. Scenario files among them are left out.
     *
     * @throws RuleBaseException naming each broken file and line
     */
    public RuleBase load(RuleSource source, SortedMap<String, byte[]> sourceFiles) {
        SortedMap<String, byte[]> files = new TreeMap<>(sourceFiles);
        // The payment-issue checks are a rule set of their own (PaymentIssueRules).
        files.keySet().removeIf(path -> path.startsWith(SCENARIOS) || path.startsWith(PaymentIssueRules.FOLDER));
        List<String> problems = new ArrayList<>();
        PolicySettings settings = files.containsKey(POLICY)
                ? PolicySettings.parse(POLICY, files.get(POLICY), problems)
                : missing(POLICY, problems);
        ReasonCodes reasonCodes = files.containsKey(REASON_CODES)
                ? ReasonCodes.parse(REASON_CODES, files.get(REASON_CODES), problems)
                : missing(REASON_CODES, problems);
        PolicyTables tables = PolicyTables.parse(files, problems);

        Map<String, byte[]> drl = new LinkedHashMap<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".drl")) {
                drl.put(path, bytes);
            }
        });
        if (drl.isEmpty()) {
            problems.add("no .drl file");
        }
        TreeSet<String> emitted = emittedCodes(drl, reasonCodes, problems);
        List<String> unsafe = new ArrayList<>();
        drl.forEach((path, bytes) -> unsafe.addAll(RuleSafety.check(path, new String(bytes, StandardCharsets.UTF_8))));
        problems.addAll(unsafe);
        // A file that may do more than match facts is never handed to the compiler.
        KieBase kieBase = unsafe.isEmpty() ? compile(drl, problems) : null;
        if (!problems.isEmpty()) {
            throw new RuleBaseException(source.description(), problems);
        }

        String contentHash = contentHash(files);
        RuleBase ruleBase = new RuleBase(settings.label() + "@" + contentHash.substring(0, 12), contentHash, source,
                files, kieBase, tables, reasonCodes, settings, emitted, Clocks.now());
        try {
            // A rule set that compiles may still fail to decide (no risk level, a code with no severity).
            ScreeningService.evaluate(ruleBase, ApplicationData.empty(), List.of());
        } catch (RuntimeException e) {
            throw new RuleBaseException(source.description(), "the rules compile but do not evaluate: " + e.getMessage(), e);
        }
        return ruleBase;
    }

    /**
     * Every file of the source, scenarios included.
     *
     * @throws RuleBaseException when the source cannot be read (a missing folder, for example)
     */
    public static SortedMap<String, byte[]> read(RuleSource source) {
        try {
            return source.read();
        } catch (UncheckedIOException e) {
            throw new RuleBaseException(source.description(), e.getMessage(), e);
        }
    }

    private static <T> T missing(String file, List<String> problems) {
        problems.add(file + ": missing");
        return null;
    }

    /** The codes the DRL inserts findings with; each must be in the reason-code table. */
    private static TreeSet<String> emittedCodes(Map<String, byte[]> drl, ReasonCodes reasonCodes, List<String> problems) {
        TreeSet<String> codes = new TreeSet<>();
        drl.forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            Matcher matcher = EMITTED_CODE.matcher(text);
            while (matcher.find()) {
                String code = matcher.group(1);
                codes.add(code);
                if (reasonCodes != null && !reasonCodes.contains(code)) {
                    int line = (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
                    problems.add(path + " line " + line + ": code " + code + " is not in " + REASON_CODES);
                }
            }
        });
        return codes;
    }

    private static KieBase compile(Map<String, byte[]> drl, List<String> problems) {
        return compile("screening-rules", drl, problems);
    }

    /**
     * Compiles DRL files (path in the rules folder to content) into a rule base of their own, or returns null with
     * every error added to {@code problems} as "file line n: message". Shared by the policy and the payment-issue
     * checks.
     */
    static KieBase compile(String artifact, Map<String, byte[]> drl, List<String> problems) {
        ClassLoader classLoader = RuleBaseLoader.class.getClassLoader();
        KieServices services = KieServices.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        // A release id of its own, so that builds (a reload next to a running evaluation) never share a module.
        ReleaseId releaseId = services.newReleaseId("com.merchantonboarding", artifact, "1-" + UUID.randomUUID());
        fileSystem.generateAndWritePomXML(releaseId);
        drl.forEach((path, bytes) -> fileSystem.write(RESOURCES + path, bytes));
        KieBuilder builder = services.newKieBuilder(fileSystem, classLoader).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            for (Message error : errors) {
                if (errors.size() > 1 && "Parser returned a null Package".equals(error.getText())) {
                    continue; // a consequence of the parse error reported beside it
                }
                String path = error.getPath() == null ? "(unknown file)" : error.getPath().replaceFirst("^" + RESOURCES, "");
                String text = error.getText() == null ? "" : error.getText().strip().replaceAll("\\s*\\R\\s*", " ");
                problems.add(path + " line " + error.getLine() + ": " + text);
            }
            return null;
        }
        try {
            return services.newKieContainer(releaseId, classLoader).getKieBase();
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    /** SHA-256 (64 hex digits) over (path, NUL, length, bytes) of every file, sorted by path. */
    static String contentHash(SortedMap<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, bytes) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
