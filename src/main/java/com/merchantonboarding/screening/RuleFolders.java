package com.merchantonboarding.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What happens when the configured rules folder is missing at start. */
final class RuleFolders {

    /** The rules the build packs into the application. */
    static final String SHIPPED = "classpath:rules/";

    private static final Logger log = LoggerFactory.getLogger(RuleFolders.class);

    private RuleFolders() {
    }

    /**
     * Leaves an existing folder alone. A missing one is filled with the shipped rules (scenarios included) when
     * {@code create} is set, and is an error otherwise.
     *
     * @throws RuleBaseException naming the folder and the setting that would create it
     */
    static void prepare(RuleSource.Directory folder, boolean create) {
        Path root = folder.root();
        if (Files.isDirectory(root)) {
            return;
        }
        if (!create) {
            throw new RuleBaseException(folder.description(), "the folder does not exist. Point "
                    + "onboarding.rules.location (RULES_LOCATION) at the rules folder, or set "
                    + "onboarding.rules.create-missing-folder=true to start from a copy of the shipped rules.", null);
        }
        SortedMap<String, byte[]> shipped = RuleSource.of(SHIPPED).read();
        try {
            for (Map.Entry<String, byte[]> file : shipped.entrySet()) {
                Path target = root.resolve(file.getKey()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("Refusing to write outside " + root + ": " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the rules folder " + root, e);
        }
        log.warn("Rules folder {} did not exist: created it with a copy of the shipped rules ({} files)", root,
                shipped.size());
    }
}
