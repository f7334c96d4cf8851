package com.merchantonboarding.policy;

import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.screening.RuleBaseLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import org.kie.api.KieServices;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a scenario run's result depends on, as one SHA-256: the rule set's content hash (every rule file and table), the
 * scenario files, and the build (every class of the application, the Drools jars, the Java version). The same key
 * means the same scenarios run against the same rules by the same code, so the same result: a run that passed need
 * not be repeated at the next start. Any change to any of them gives another key, and the scenarios run again.
 */
final class ScenarioCheckKey {

    private static final String CLASSES = "classpath*:com/merchantonboarding/**/*.class";
    private static volatile String build;

    private ScenarioCheckKey() {
    }

    /** The key for running the scenarios among {@code files} (a rules folder as read) against {@code ruleBase}. */
    static String of(RuleBase ruleBase, SortedMap<String, byte[]> files) {
        MessageDigest digest = sha256();
        update(digest, "rules");
        update(digest, ruleBase.contentHash());
        files.forEach((path, bytes) -> {
            if (path.startsWith(RuleBaseLoader.SCENARIOS)) {
                update(digest, path);
                digest.update(sha256().digest(bytes));
            }
        });
        update(digest, "build");
        update(digest, build());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The build's fingerprint, computed once per JVM (a few hundred class files: a fraction of a second). */
    static String build() {
        String fingerprint = build;
        if (fingerprint == null) {
            synchronized (ScenarioCheckKey.class) {
                if (build == null) {
                    build = fingerprint();
                }
                fingerprint = build;
            }
        }
        return fingerprint;
    }

    private static String fingerprint() {
        try {
            List<String> entries = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver(ScenarioCheckKey.class.getClassLoader())
                    .getResources(CLASSES)) {
                String url = resource.getURL().toString();
                String path = url.substring(url.lastIndexOf("com/merchantonboarding/"));
                try (InputStream in = resource.getInputStream()) {
                    entries.add(path + " " + HexFormat.of().formatHex(sha256().digest(in.readAllBytes())));
                }
            }
            entries.sort(null);
            MessageDigest digest = sha256();
            entries.forEach(entry -> update(digest, entry));
            update(digest, location(KieServices.class));
            update(digest, location(KieServices.get().getClass()));
            update(digest, Runtime.version().toString());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the application's classes to fingerprint the build", e);
        }
    }

    /** Where a class was loaded from: the jar's name carries the library's version. */
    private static String location(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return type.getName() + "@" + (source == null ? "?" : source.getLocation());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
