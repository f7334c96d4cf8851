package com.merchantonboarding.policy;

import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.screening.RuleBaseLoader;
import com.merchantonboarding.screening.RuleSource;
import java.nio.file.Path;
import java.util.SortedMap;

/** The repository's {@code rules/} folder, read and compiled once for every test class in the JVM. */
final class ShippedRuleSet {

    static final Path FOLDER = Path.of("rules");
    static final RuleSource SOURCE = RuleSource.directory(FOLDER);
    static final SortedMap<String, byte[]> FILES = RuleBaseLoader.read(SOURCE);
    static final RuleBaseLoader LOADER = new RuleBaseLoader();
    static final RuleBase RULES = LOADER.load(SOURCE, FILES);

    private ShippedRuleSet() {
    }
}
