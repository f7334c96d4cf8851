package com.merchantonboarding.common;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages' structure (docs/architecture.md, issue 15). No new package cycle: the three that still stand
 * (application and process, application and screening, through process to screening) are frozen in
 * {@code src/test/resources/archunit-store}, so any other cycle fails the build, and removing one of them shrinks the
 * store. The web edges point inwards only: no domain package depends on the portal, the back office or the leads'
 * pages, and nothing depends on the analysts' editors.
 */
class StructureTest {

    private static final String ROOT = "com.merchantonboarding";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void noPackageCycleBesidesTheFrozenOnes() {
        FreezingArchRule.freeze(slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()).check(classes);
    }

    @Test
    void domainPackagesDoNotDependOnThePages() {
        noClasses().that().resideInAnyPackage(ROOT + ".application..", ROOT + ".documents..", ROOT + ".screening..",
                        ROOT + ".policy..", ROOT + ".notification..", ROOT + ".merchant..", ROOT + ".retention..",
                        ROOT + ".common..", ROOT + ".security..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".portal..", ROOT + ".leads..",
                        ROOT + ".review..")
                .check(classes);
    }

    @Test
    void theCommonPackageDependsOnNoOtherOfOurs() {
        noClasses().that().resideInAPackage(ROOT + ".common..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".application..", ROOT + ".documents..",
                        ROOT + ".screening..", ROOT + ".policy..", ROOT + ".notification..", ROOT + ".merchant..",
                        ROOT + ".process..", ROOT + ".portal..", ROOT + ".review..", ROOT + ".leads..",
                        ROOT + ".security..", ROOT + ".paymentissue..", ROOT + ".processmodel..", ROOT + ".cluster..",
                        ROOT + ".retention..", ROOT + ".operations..")
                .check(classes);
    }
}
