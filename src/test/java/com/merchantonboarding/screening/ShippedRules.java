package com.merchantonboarding.screening;

import com.merchantonboarding.documents.DocumentEvidence;
import com.merchantonboarding.application.ApplicationData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** The shipped {@code rules/} folder, compiled once for every test class in the JVM. */
final class ShippedRules {

    static final Path FOLDER = Path.of("rules");
    static final RuleBaseLoader LOADER = new RuleBaseLoader();
    static final RuleBase RULES = LOADER.load(RuleSource.directory(FOLDER));

    private ShippedRules() {
    }

    static ScreeningResult screen(ApplicationData data, List<DocumentEvidence> documents) {
        return ScreeningService.evaluate(RULES, data, documents);
    }

    static ScreeningResult screen(TestApplication application) {
        return screen(application.data(), application.documents());
    }

    /** Each finding as {@code CODE@requirement}, for readable assertions. */
    static List<String> summary(ScreeningResult result) {
        return result.findings().stream().map(f -> f.code() + "@" + f.requirement()).toList();
    }

    /** A copy of the shipped folder in {@code target}, for tests that change a file. */
    static Path copy(Path target) {
        try (Stream<Path> paths = Files.walk(FOLDER)) {
            for (Path path : paths.toList()) {
                Path to = target.resolve(FOLDER.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites one file of a copied folder. */
    static void edit(Path folder, String relativePath, UnaryOperator<String> change) {
        try {
            Path file = folder.resolve(relativePath);
            Files.writeString(file, change.apply(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path folder, String relativePath, String text) {
        try {
            Path file = folder.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
