package com.merchantonboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.application.Actor;
import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.ApplicationStatus;
import com.merchantonboarding.documents.DocumentType;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page in both languages: the two files hold the same keys, and every key the portal uses exists. */
class PortalMessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/portal");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)[}(]");
    /** Problem slugs of upload refusals: {@code new ApiException(HttpStatus.X, "slug", ...)} in these sources. */
    private static final List<Path> UPLOAD_SOURCES = List.of(
            Path.of("src/main/java/com/merchantonboarding/documents"),
            Path.of("src/main/java/com/merchantonboarding/application/Applications.java"));
    private static final Pattern SLUG = Pattern.compile("new ApiException\\(\\s*HttpStatus\\.\\w+,\\s*\"([a-z-]+)\"");

    private final Properties en = load("i18n/portal_en.properties");
    private final Properties zh = load("i18n/portal_zh_CN.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    }

    @Test
    void everyKeyTheTemplatesNameExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                Matcher m = STATIC_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(missing(used)).isEmpty();
    }

    @Test
    void everyKeyBuiltFromAValueExists() {
        List<String> keys = new ArrayList<>();
        for (ApplicationStatus s : ApplicationStatus.values()) {
            keys.addAll(List.of("status." + s, "status." + s + ".explain"));
        }
        for (Actor a : Actor.values()) {
            keys.add("actor." + a);
        }
        for (DocumentType t : DocumentType.values()) {
            keys.addAll(List.of("field.documents." + t, "field.documents." + t + ".hint"));
        }
        for (ApplicationData.BusinessType t : ApplicationData.BusinessType.values()) {
            keys.add("businessType." + t);
        }
        for (ApplicationData.WalletProvider p : ApplicationData.WalletProvider.values()) {
            keys.add("walletProvider." + p);
        }
        for (ApplicationData.PaymentFeature f : ApplicationData.PaymentFeature.values()) {
            keys.add("paymentFeature." + f);
        }
        for (Step step : Step.values()) {
            keys.add("step." + step.slug());
        }
        for (String error : List.of("not-found", "invalid-status", "concurrent-change", "denied", "other")) {
            keys.addAll(List.of("error." + error + ".title", "error." + error + ".text"));
        }
        keys.add("wallet.status.ACTIVE");
        assertThat(missing(keys)).isEmpty();
    }

    /** A new refusal of uploads needs its text in both languages (the API's English detail is only a fallback). */
    @Test
    void everyUploadRefusalHasItsText() throws IOException {
        Set<String> slugs = new TreeSet<>();
        for (Path source : UPLOAD_SOURCES) {
            try (Stream<Path> files = Files.isDirectory(source) ? Files.list(source) : Stream.of(source)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = SLUG.matcher(Files.readString(file));
                    while (m.find()) {
                        slugs.add(m.group(1));
                    }
                }
            }
        }
        assertThat(slugs).contains("empty-file", "file-too-large", "type-not-accepted");
        assertThat(missing(slugs.stream().map(s -> "upload.refused." + s).toList())).isEmpty();
    }

    @Test
    void everyTextWithArgumentsIsAValidMessageFormat() {
        for (Properties texts : List.of(en, zh)) {
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{")) {
                    assertThat(new MessageFormat(text).format(new Object[] {"A", "B", "C", "D"})).as(key)
                            .doesNotContain("{");
                }
                assertThat(text).as(key).doesNotContain("'");
            }
        }
    }

    private List<String> missing(Iterable<String> keys) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!en.containsKey(key) || !zh.containsKey(key)) {
                missing.add(key);
            }
        }
        return missing;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(PortalMessagesTest.class.getClassLoader()
                .getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
