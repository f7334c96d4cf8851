package com.merchantonboarding.processmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.merchantonboarding.process.TestProcessSettings;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;

/**
 * The analysts' model checks on the shipped model and on models broken the ways an edit in the Modeler breaks
 * them; the scenarios of bpmn/scenarios on a throw-away engine.
 */
class ProcessModelChecksTest {

    private static final Set<String> DELEGATES = Set.of("inspectDocumentsDelegate", "screenApplicationDelegate",
            "markInReviewDelegate", "escalateReviewDelegate", "rejectApplicationDelegate",
            "issueMicroDepositsDelegate", "failBankVerificationDelegate", "activateWalletDelegate",
            "requestChangesDelegate", "sendResubmissionReminderDelegate", "expireApplicationDelegate",
            "markWithdrawnDelegate");
    private static final Set<String> LISTENERS = Set.of("reviewDecisionListener", "secondReviewDecisionListener",
            "reviewTaskCaseListener", "questionTaskListener", "answerQuestionListener");

    /** What the application context holds, as far as the model needs it. */
    private static Object bean(String name) {
        if (DELEGATES.contains(name)) {
            return (JavaDelegate) execution -> { };
        }
        if (LISTENERS.contains(name)) {
            return (TaskListener) task -> { };
        }
        return switch (name) {
            case "processSettings" -> new TestProcessSettings();
            case "reviewRouting" -> new Object();
            default -> null;
        };
    }

    private static final ModelFolder SHIPPED = ModelFolder.read("bpmn/");
    private static final ModelRules.Beans BEANS = ModelRules.beans(ProcessModelChecksTest::bean,
            key -> ProcessModels.formExists(SHIPPED, key));

    private static String shipped() throws Exception {
        return Files.readString(Path.of("bpmn/merchant-onboarding.bpmn"));
    }

    /** The shipped model with another form key on the second review only (both reviews share one form). */
    private static String secondReviewFormKey(String formKey) throws Exception {
        return shipped().replaceAll("(id=\"UserTask_SecondReview\"[^>]*camunda:formKey=\")[^\"]*", "$1" + formKey);
    }

    private static List<ModelRules.Finding> check(String model) {
        return ModelRules.check(ModelRules.parse(model.getBytes(StandardCharsets.UTF_8)), BEANS);
    }

    @Test
    void theShippedModelPassesItsRules() throws Exception {
        assertThat(check(shipped())).isEmpty();
    }

    @Test
    void aMissingElementOfTheContractIsNamed() throws Exception {
        String model = shipped().replace("id=\"UserTask_SecondReview\"", "id=\"UserTask_LeadReview\"")
                .replace("\"UserTask_SecondReview\"", "\"UserTask_LeadReview\"");
        assertThat(check(model)).extracting(ModelRules.Finding::element)
                .contains("UserTask_SecondReview", "UserTask_LeadReview");
    }

    @Test
    void aDelegateThatDoesNotExistIsNamedWithItsElement() throws Exception {
        String model = shipped().replace("${markInReviewDelegate}", "${markInRevewDelegate}");
        assertThat(check(model)).anySatisfy(f -> {
            assertThat(f.element()).isEqualTo("ServiceTask_MarkInReview");
            assertThat(f.message()).contains("markInRevewDelegate");
        });
    }

    @Test
    void aTimerThatIsNotADurationIsNamed() throws Exception {
        String model = shipped().replace("${processSettings.resubmissionWindow}", "P30X");
        assertThat(check(model)).anySatisfy(f -> {
            assertThat(f.element()).isEqualTo("BoundaryEvent_ResubmissionDeadline");
            assertThat(f.message()).contains("P30X");
        });
    }

    @Test
    void anExpressionNamingAnUnknownBeanIsNamed() throws Exception {
        String model = shipped().replace("reviewRouting.highRisk(execution)", "riskRouter.highRisk(execution)");
        assertThat(check(model)).extracting(ModelRules.Finding::element).contains("Flow_ReviewApprovesHighRisk");
    }

    @Test
    void aFormKeyNamingAFileTheFolderDoesNotHaveIsRefusedWithItsUserTask() throws Exception {
        String model = secondReviewFormKey("embedded:deployment:forms/lead-review.html");
        assertThat(check(model)).singleElement().satisfies(f -> {
            assertThat(f.element()).isEqualTo("UserTask_SecondReview");
            assertThat(f.message()).contains("forms/lead-review.html");
        });
    }

    @Test
    void formKeysResolveAgainstTheFolderBeingChecked() throws Exception {
        ModelFolder withoutReviewForm = new ModelFolder("elsewhere/", SHIPPED.model(), Map.of(), Map.of(),
                Map.of("forms/dossier-details.html", "<div></div>".getBytes(StandardCharsets.UTF_8)));
        List<ModelRules.Finding> findings = ModelRules.check(ModelRules.parse(SHIPPED.model()),
                ModelRules.beans(ProcessModelChecksTest::bean, key -> ProcessModels.formExists(withoutReviewForm,
                        key)));

        assertThat(findings).extracting(ModelRules.Finding::element)
                .containsExactlyInAnyOrder("UserTask_ReviewApplication", "UserTask_SecondReview",
                        "UserTask_AnswerQuestion");
        assertThat(SHIPPED.forms()).containsKeys("forms/review-application.html", "forms/dossier-details.html",
                "forms/reject-reasons.html", "forms/answer-question.html");
    }

    @Test
    void formKeysOutsideTheFormsFolderAreRefusedAndTheServedOnesStillAccepted() throws Exception {
        assertThat(ModelRules.formFile("embedded:deployment:forms/review-application.html"))
                .isEqualTo("forms/review-application.html");
        assertThat(ModelRules.formFile("embedded:/forms/review-application.html"))
                .isEqualTo("forms/review-application.html");
        assertThat(ModelRules.formFile("embedded:deployment:review-application.html")).isNull();
        assertThat(ModelRules.formFile("embedded:deployment:forms/../merchant-onboarding.bpmn")).isNull();
        assertThat(ModelRules.formFile("embedded:app:forms/review-application.html")).isNull();

        String served = shipped().replace("embedded:deployment:forms/", "embedded:/forms/");
        assertThat(check(served)).isEmpty();
        String elsewhere = secondReviewFormKey("embedded:deployment:second-review.html");
        assertThat(check(elsewhere)).singleElement().satisfies(f -> {
            assertThat(f.element()).isEqualTo("UserTask_SecondReview");
            assertThat(f.message()).contains("embedded:deployment:forms/<file>.html");
        });
    }

    @Test
    void aChangedFormAloneChangesTheContentHash() {
        Map<String, byte[]> forms = new java.util.TreeMap<>(SHIPPED.forms());
        forms.put("forms/reject-reasons.html", "<div>changed</div>".getBytes(StandardCharsets.UTF_8));
        ModelFolder changedForm = new ModelFolder(SHIPPED.location(), SHIPPED.model(), SHIPPED.mappings(),
                SHIPPED.scenarioFiles(), forms);
        Map<String, byte[]> renamed = new java.util.TreeMap<>(SHIPPED.forms());
        renamed.put("forms/reasons.html", renamed.remove("forms/reject-reasons.html"));
        ModelFolder renamedForm = new ModelFolder(SHIPPED.location(), SHIPPED.model(), SHIPPED.mappings(),
                SHIPPED.scenarioFiles(), renamed);

        assertThat(SHIPPED.contentHash()).hasSize(64).isEqualTo(ModelFolder.read("bpmn/").contentHash());
        assertThat(changedForm.contentHash()).isNotEqualTo(SHIPPED.contentHash());
        assertThat(renamedForm.contentHash()).isNotEqualTo(SHIPPED.contentHash());
        assertThat(SHIPPED.resources().keySet()).first().isEqualTo(ModelFolder.MODEL);
    }

    @Test
    void theInspectionMustStayAsynchronous() throws Exception {
        String external = "camunda:type=\"external\" camunda:topic=\"inspect-documents\"";
        assertThat(shipped()).contains(external);
        String synchronous = shipped().replace(external, "camunda:delegateExpression=\"${inspectDocumentsDelegate}\"");
        String asynchronous = shipped().replace(external,
                "camunda:asyncBefore=\"true\" camunda:delegateExpression=\"${inspectDocumentsDelegate}\"");
        assertThat(check(synchronous)).extracting(ModelRules.Finding::element).contains("ServiceTask_InspectDocuments");
        assertThat(check(asynchronous)).isEmpty();
    }

    @Test
    void anExternalTaskMustBeOfATopicAWorkerFetches() throws Exception {
        String model = shipped().replace("camunda:topic=\"inspect-documents\"", "camunda:topic=\"inspect-docs\"");
        assertThat(check(model)).extracting(ModelRules.Finding::message).singleElement().asString()
                .contains("'inspect-docs'", "no worker", "inspect-documents");
    }

    @Test
    void everyShippedScenarioPassesAndABrokenPathSaysWhichStepBroke() throws Exception {
        ScenarioRunner.State state = new ScenarioRunner.State();
        try (ScratchEngine scratch = new ScratchEngine(ScratchEngine.beans(name -> standIn(name, state)))) {
            scratch.engine().getRepositoryService().createDeployment()
                    .addString(ModelFolder.MODEL, shipped()).deploy();
            ScenarioRunner runner = new ScenarioRunner(scratch.engine(), state);
            ModelFolder folder = ModelFolder.read("bpmn/");
            assertThat(folder.scenarioFiles()).hasSizeGreaterThanOrEqualTo(8);
            folder.scenarioFiles().forEach((file, bytes) -> {
                ScenarioRun run = runner.run(ProcessScenario.parse(file, bytes));
                assertThat(run.passed()).as(file + ": " + run.failure()).isTrue();
            });

            ScenarioRun broken = runner.run(ProcessScenario.parse("wrong.yaml", """
                    scenario: Low risk goes to a second review (it does not)
                    steps:
                      - screen: REVIEW
                      - complete: UserTask_ReviewApplication
                        decision: APPROVE
                      - at: UserTask_SecondReview
                    """.getBytes(StandardCharsets.UTF_8)));
            assertThat(broken.passed()).isFalse();
            assertThat(broken.failedStep()).isEqualTo(3);
            assertThat(broken.failure()).contains("at: UserTask_SecondReview")
                    .contains("ReceiveTask_AwaitBankVerification");
        }
    }

    @Test
    void theDiffNamesAddedRemovedAndChangedElements() throws Exception {
        String before = shipped();
        String after = before.replace("name=\"Mark application in review\"", "name=\"Mark in review\"")
                .replace("<bpmn:endEvent id=\"EndEvent_ReminderSent\"", "<bpmn:endEvent id=\"EndEvent_Reminded\"")
                .replace("targetRef=\"EndEvent_ReminderSent\"", "targetRef=\"EndEvent_Reminded\"");
        ModelDiff diff = ModelDiff.between(before.getBytes(StandardCharsets.UTF_8),
                after.getBytes(StandardCharsets.UTF_8));
        assertThat(diff.added()).contains("EndEvent_Reminded");
        assertThat(diff.removed()).contains("EndEvent_ReminderSent");
        assertThat(diff.changed()).contains("ServiceTask_MarkInReview", "Flow_ResubmissionReminderSent");
    }

    @Test
    void theDiffNamesAddedRemovedAndChangedForms() {
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        ModelDiff diff = ModelDiff.NONE.withForms(Map.of("forms/kept.html", a, "forms/changed.html", a,
                "forms/gone.html", a), Map.of("forms/kept.html", a, "forms/changed.html",
                "b".getBytes(StandardCharsets.UTF_8), "forms/new.html", a));
        assertThat(diff.added()).containsExactly("forms/new.html");
        assertThat(diff.removed()).containsExactly("forms/gone.html");
        assertThat(diff.changed()).containsExactly("forms/changed.html");
    }

    @Test
    void theVersionTagIsTheOnlyChangeToTheAnalystsFile() throws Exception {
        String tagged = ProcessModels.withVersionTag(shipped(), "2026-12-04.1+abcdef12");
        String again = ProcessModels.withVersionTag(tagged, "2026-12-04.2+12345678");
        assertThat(again).contains("camunda:versionTag=\"2026-12-04.2+12345678\"").doesNotContain("abcdef12");
        assertThat(again.replace(" camunda:versionTag=\"2026-12-04.2+12345678\"", "")).isEqualTo(shipped());
        assertThat(ModelDiff.between(shipped().getBytes(StandardCharsets.UTF_8),
                again.getBytes(StandardCharsets.UTF_8)).isEmpty()).isTrue();
    }

    @Test
    void readsRenamedElementsFromTheMappings() {
        assertThat(ModelFolder.mappings("renamed:\n  UserTask_Old: UserTask_New\n".getBytes()))
                .isEqualTo(Map.of("UserTask_Old", "UserTask_New"));
        assertThat(ModelFolder.mappings("renamed: {}\n".getBytes())).isEmpty();
    }

    private static Object standIn(String name, ScenarioRunner.State state) {
        if (name.equals("reviewRouting")) {
            return new ScenarioRunner.Routing(state);
        }
        Object bean = bean(name);
        return bean instanceof JavaDelegate || bean instanceof TaskListener ? new ScenarioRunner.StandIn(name, state)
                : bean;
    }
}
