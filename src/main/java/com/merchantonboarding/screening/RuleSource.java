package com.merchantonboarding.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the rule files come from: a folder on disk (an analyst's working copy, a mounted volume) or the
 * classpath (the {@code rules/} folder that the build copies there). Either way the loader sees every file
 * by its path relative to the root, with {@code /} separators. Hidden files and office lock files
 * ({@code ~$name.csv}) are left out, so a spreadsheet open on a table does not change the rule set.
 */
public sealed interface RuleSource permits RuleSource.Directory, RuleSource.Classpath {

    /** A human description, such as {@code classpath:rules/} or {@code /opt/rules}. */
    String description();

    /** Every file by relative path, sorted by path. */
    SortedMap<String, byte[]> read();

    /**
     * A location as configured in {@code onboarding.rules.location}: {@code classpath:rules/}, or a
     * file-system path ({@code rules/}, {@code /opt/rules}, {@code file:/opt/rules}).
     */
    static RuleSource of(String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("No rules location given");
        }
        String trimmed = location.strip();
        if (trimmed.startsWith("classpath*:")) {
            return classpath(trimmed.substring("classpath*:".length()));
        }
        if (trimmed.startsWith("classpath:")) {
            return classpath(trimmed.substring("classpath:".length()));
        }
        if (trimmed.startsWith("file:")) {
            return directory(Path.of(trimmed.substring("file:".length())));
        }
        return directory(Path.of(trimmed));
    }

    static RuleSource directory(Path root) {
        return new Directory(root.toAbsolutePath().normalize());
    }

    static RuleSource classpath(String root) {
        String folder = root.replaceAll("^/+", "");
        if (!folder.isEmpty() && !folder.endsWith("/")) {
            folder += "/";
        }
        return new Classpath(folder, Thread.currentThread().getContextClassLoader());
    }

    private static boolean ignored(String relativePath) {
        for (String part : relativePath.split("/")) {
            if (part.startsWith(".") || part.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    /** A folder on disk. */
    record Directory(Path root) implements RuleSource {

        @Override
        public String description() {
            return root.toString();
        }

        @Override
        public SortedMap<String, byte[]> read() {
            if (!Files.isDirectory(root)) {
                throw new UncheckedIOException(new IOException("Not a directory: " + root));
            }
            SortedMap<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> paths = Files.walk(root)) {
                List<Path> regular = paths.filter(Files::isRegularFile).toList();
                for (Path path : regular) {
                    String relative = root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
                    if (!ignored(relative)) {
                        files.put(relative, Files.readAllBytes(path));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read rules from " + root, e);
            }
            return files;
        }
    }

    /** A folder on the classpath, found with {@code classpath*:}, so it may span several jars or directories. */
    record Classpath(String root, ClassLoader classLoader) implements RuleSource {

        @Override
        public String description() {
            return "classpath:" + root;
        }

        @Override
        public SortedMap<String, byte[]> read() {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
            SortedMap<String, byte[]> files = new TreeMap<>();
            try {
                List<String> roots = new ArrayList<>();
                for (Resource folder : resolver.getResources("classpath*:" + root)) {
                    String url = folder.getURL().toString();
                    roots.add(url.endsWith("/") ? url : url + "/");
                }
                for (Resource resource : resolver.getResources("classpath*:" + root + "**")) {
                    String url = resource.getURL().toString();
                    if (url.endsWith("/") || !resource.isReadable()) {
                        continue;
                    }
                    String relative = relative(url, roots);
                    if (ignored(relative)) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream in = resource.getInputStream()) {
                        bytes = in.readAllBytes();
                    }
                    if (files.put(relative, bytes) != null) {
                        throw new IOException(relative + " is on the classpath twice (under " + root + ")");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read rules from " + description() + ": " + e.getMessage(), e);
            }
            if (files.isEmpty()) {
                throw new UncheckedIOException(new IOException("No rule files on the classpath under " + root));
            }
            return files;
        }

        private String relative(String url, List<String> roots) throws IOException {
            String best = null;
            for (String candidate : roots) {
                if (url.startsWith(candidate) && (best == null || candidate.length() > best.length())) {
                    best = candidate;
                }
            }
            if (best == null) {
                // A resource under a root the class loader did not list by itself: fall back on the folder name.
                int at = url.lastIndexOf("/" + root);
                if (at < 0) {
                    throw new IOException("Cannot tell where " + url + " sits under " + root);
                }
                return url.substring(at + 1 + root.length());
            }
            return url.substring(best.length());
        }
    }
}
