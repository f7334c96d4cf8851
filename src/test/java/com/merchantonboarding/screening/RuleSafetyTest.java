package com.merchantonboarding.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules can do nothing but match facts and produce findings. */
class RuleSafetyTest {

    private static final String HEADER = """
            package policy;

            import com.merchantonboarding.screening.facts.ApplicationFacts;
            import com.merchantonboarding.screening.facts.RuleFinding;

            """;

    @TempDir
    Path temp;

    @Test
    void everyShippedRuleFileOnlyMatchesFactsAndProducesFindings() throws IOException {
        try (Stream<Path> files = Files.walk(ShippedRules.FOLDER)) {
            List<Path> drl = files.filter(p -> p.toString().endsWith(".drl")).toList();
            assertThat(drl).hasSizeGreaterThanOrEqualTo(10);
            for (Path file : drl) {
                assertThat(RuleSafety.check(file.toString(), Files.readString(file))).as(file.toString()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "import java.io.File;",
            "import java.net.URL;",
            "import java.nio.file.Files;",
            "import com.merchantonboarding.application.ApplicationRepository;",
            "import static java.lang.System.exit;",
            "import function java.lang.System.exit;",
            "import com.merchantonboarding.screening.facts.*;"})
    void importsOtherThanTheFactTypesAreRefused(String line) {
        assertThat(RuleSafety.check("policy/x.drl", HEADER.replace("package policy;", "package policy;\n" + line)))
                .anySatisfy(p -> assertThat(p).startsWith("policy/x.drl line 2: import "));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "System.exit(0);",
            "Runtime.getRuntime().exec(\"rm -rf /\");",
            "new java.io.File(\"/etc/passwd\").delete();",
            "java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));",
            "Thread.sleep(1000);",
            "Class.forName(\"java.lang.Runtime\");",
            "$a.getClass().getClassLoader();",
            "drools.halt();",
            "kcontext.getKieRuntime().getGlobal(\"repository\");",
            "modify($a) { };",
            "update($a);",
            "delete($a);",
            "retract($a);",
            "new javax.naming.InitialContext().lookup(\"ldap://x\");",
            "\\u0053ystem.exit(0);"})
    void consequencesThatDoMoreThanInsertFindingsAreRefused(String consequence) {
        String drl = HEADER + """
                rule "Sneaky"
                when
                    $a : ApplicationFacts()
                then
                    %s
                end
                """.formatted(consequence);

        assertThat(RuleSafety.check("policy/x.drl", drl)).as(consequence).isNotEmpty()
                .allSatisfy(p -> assertThat(p).startsWith("policy/x.drl line 10: "));
    }

    @Test
    void conditionsAreCheckedToo() {
        String drl = HEADER + """
                rule "SneakyCondition"
                when
                    ApplicationFacts( legalName != null )
                    String() from System.getenv("DB_PASSWORD")
                then
                    insert(new RuleFinding(kcontext, "FIELD_INVALID", "legalName", "x"));
                end
                """;

        assertThat(RuleSafety.check("policy/x.drl", drl)).containsExactly(
                "policy/x.drl line 9: type System is not allowed in rules (import a fact type, or use String, a number type or Math)");
    }

    @Test
    void globalsAndFunctionsAreRefused() {
        String drl = HEADER + """
                global Object repository;

                function String shout(String text) { return text; }
                """;

        assertThat(RuleSafety.check("policy/x.drl", drl)).containsExactly(
                "policy/x.drl line 6: 'global' is not allowed in rules (rules use no services and no code of their own)",
                "policy/x.drl line 8: 'function' is not allowed in rules (rules use no services and no code of their own)");
    }

    @Test
    void wordsInCommentsAndTextAreNotCode() {
        String drl = HEADER + """
                // System.exit is not called here; neither is java.io.File.
                /* modify, update, delete */
                rule "Fine"
                when
                    $a : ApplicationFacts( legalName == "System.exit(0)" )
                then
                    insert(new RuleFinding(kcontext, "FIELD_INVALID", "legalName", "drools.halt() " + String.format("%s", $a.getLegalName())));
                end
                """;

        assertThat(RuleSafety.check("policy/x.drl", drl)).isEmpty();
    }

    @Test
    void theLoaderRefusesAnUnsafeFileWithoutCompilingIt() {
        Path folder = ShippedRules.copy(temp.resolve("rules"));
        ShippedRules.edit(folder, "policy/countries.drl", text -> text.replace(
                "insert(new RuleFinding(kcontext, \"FIELD_INVALID\"",
                "System.exit(1);\n    insert(new RuleFinding(kcontext, \"FIELD_INVALID\""));

        assertThatThrownBy(() -> ShippedRules.LOADER.load(RuleSource.directory(folder)))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("policy/countries.drl line 14: type System is not allowed in rules");
    }
}
