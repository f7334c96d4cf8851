package com.merchantonboarding.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A copy of a rules folder that a test edits as an analyst would. */
public final class RuleFolderCopy {

    private RuleFolderCopy() {
    }

    /** Replaces {@code target} with a copy of {@code source}. */
    public static Path of(Path source, Path target) {
        try {
            if (Files.exists(target)) {
                try (Stream<Path> old = Files.walk(target)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : paths.toList()) {
                    Path to = target.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void edit(Path folder, String relativePath, UnaryOperator<String> change) {
        try {
            Path file = folder.resolve(relativePath);
            String before = Files.readString(file);
            String after = change.apply(before);
            if (after.equals(before)) {
                throw new IllegalStateException("The edit of " + relativePath + " changed nothing");
            }
            Files.writeString(file, after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path folder, String relativePath, String text) {
        try {
            Path file = folder.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
