package com.merchantonboarding.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.process.ProcessConstants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Tasklist forms of {@code bpmn/forms/}: what Tasklist needs and what the complete listeners read. */
class ReviewFormsTest {

    private static final Path FORMS = Path.of("bpmn", "forms");
    private static final Path MODEL = Path.of("bpmn", "merchant-onboarding.bpmn");

    @ParameterizedTest
    @ValueSource(strings = {"review-application.html", "answer-question.html"})
    void hasExactlyOneFormWithOneFormScript(String file) throws IOException {
        String html = read(file);
        Document form = Jsoup.parse(html);

        assertThat(Pattern.compile("<form\\b").matcher(html).results().count()).isEqualTo(1);
        assertThat(form.select("form")).hasSize(1);
        assertThat(form.selectFirst("form").attr("role")).isEqualTo("form");
        assertThat(form.select("form script[cam-script][type=text/form-script]")).hasSize(1);
        assertThat(form.select("script")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"review-application.html"})
    void loadsTheTasksReviewThenTheDossierOfItsApplicationWithoutFetchingVariables(String file) throws IOException {
        String script = script(file);

        assertThat(script).contains("var taskPath = '/back-office/api/tasks/' + encodeURIComponent(camForm.taskId);")
                .contains("$http.get(taskPath + '/review')")
                .contains("$http.get('/back-office/api/applications/' + encodeURIComponent(response.data.applicationId)"
                        + " + '/dossier')")
                .doesNotContain("fetchVariable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"review-application.html"})
    void rejectingOffersTheReasonCodesAndSubmitsThemAsJson(String file) throws IOException {
        assertThat(read(file)).contains("ng-include=\"formPart('reject-reasons.html')\"")
                .contains("submit('rejectionReasons', 'Json'");
        Document reasons = Jsoup.parse(read("reject-reasons.html"));
        assertThat(reasons.select("[ng-repeat='reason in dossier.rejectCodes'] input[type=checkbox]").attr("ng-model"))
                .isEqualTo("review.reasons[reason.code]");
        assertThat(reasons.selectFirst(".reject-reasons").attr("ng-if")).isEqualTo("review.decision === 'REJECT'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"review-application.html"})
    void bothFormsShowTheSharedDossierDetails(String file) throws IOException {
        assertThat(read(file)).contains("ng-include=\"formPart('dossier-details.html')\"");
        assertThat(read("dossier-details.html")).doesNotContain("<form").contains("dossier.reference",
                "dossier.screening.riskLevel", "dossier.changes", "dossier.findings", "dossier.documents", "dossier.notes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"review-application.html"})
    void includesItsPartsFromTheDeploymentOfTheTasksVersion(String file) throws IOException {
        assertThat(script(file)).contains("'/back-office/api/tasks/' + encodeURIComponent(camForm.taskId) + '/forms/' + file");
        assertThat(read(file)).doesNotContain("ng-include=\"'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"review-application.html", "dossier-details.html",
            "reject-reasons.html", "answer-question.html"})
    void keepsDataOutOfHtmlSinks(String file) throws IOException {
        String html = read(file);

        assertThat(html).doesNotContainIgnoringCase("innerHTML")
                .doesNotContainIgnoringCase("outerHTML")
                .doesNotContain("insertAdjacentHTML")
                .doesNotContain("document.write")
                .doesNotContain("ng-bind-html")
                .doesNotContain("$sce")
                .doesNotContain(".html(");
    }

    @Test
    void answerFormLoadsOnlyItsQuestionAndSubmitsTheAnswerAsText() throws IOException {
        String script = script("answer-question.html");

        assertThat(script).contains("$http.get('/back-office/api/tasks/' + encodeURIComponent(camForm.taskId) + '/question')")
                .contains("createVariable({ name: 'answer', type: 'String', value: text })")
                .doesNotContain("/dossier", "fetchVariable");
        assertThat(Jsoup.parse(read("answer-question.html")).select("textarea#answer").attr("ng-model"))
                .isEqualTo("reply.text");
        // Nothing of screening or inspection on the answer form: only what the merchant already sees.
        assertThat(read("answer-question.html")).doesNotContain("dossier", "screening", "inspection", ".findings",
                ".notes", "riskLevel");
    }

    @Test
    void theDossierShowsTheMerchantsQuestionsAndTheAnswers() throws IOException {
        assertThat(read("dossier-details.html")).contains("ng-repeat=\"q in dossier.questions\"", "{{ q.question }}",
                "{{ q.answer }}");
    }

    @Test
    void reviewFormSubmitsDecisionCommentAndRequestedChanges() throws IOException {
        String script = script("review-application.html");

        assertThat(script).contains("submit('" + ProcessConstants.VAR_DECISION + "', 'String', review.decision)")
                .contains("submit('" + ProcessConstants.VAR_REVIEW_COMMENT + "', 'String',")
                .contains("submit('" + ProcessConstants.VAR_REQUESTED_CHANGES + "', 'Json', changes)")
                .contains("if ($scope.rules.changesRequiredFor.length)")
                .contains("variables.createVariable({ name: name, type: type, value: value })")
                .contains("camForm.submitPrevented = true")
                .contains("code: 'OFFICER_REQUEST'");
        assertThat(Jsoup.parse(read("review-application.html")).select("[ng-repeat='decision in rules.decisions']"
                + " input[type=radio][ng-model=review.decision]").attr("ng-value")).isEqualTo("decision");
        Document form = Jsoup.parse(read("review-application.html"));
        assertThat(form.select("textarea[ng-model=review.comment]")).hasSize(1);
        assertThat(form.select("select[ng-model=change.requirement]").attr("ng-options"))
                .isEqualTo("item.requirement as item.label group by item.stepLabel for item in dossier.requirementLabels");
        assertThat(form.select("select[ng-model=change.code]").attr("ng-options")).contains("dossier.requestCodes");
        assertThat(form.select("input[ng-model=change.message]")).hasSize(1);
    }

    @Test
    void theSecondReviewUsesTheSameFormWithItsOwnRules() throws IOException {
        assertThat(read("review-application.html")).contains("ng-if=\"secondReview\"", "First review by",
                "{{ dossier.firstReviewer", "$scope.rules.taskDefinitionKey === '" + ProcessConstants.TASK_SECOND_REVIEW + "'");
        ReviewDecision.Rules second = ReviewDecision.rules(ProcessConstants.TASK_SECOND_REVIEW);
        assertThat(second.decisions()).containsExactly(ProcessConstants.DECISION_APPROVE,
                ProcessConstants.DECISION_REJECT);
        assertThat(second.commentRequiredFor()).containsExactly(ProcessConstants.DECISION_REJECT);
        assertThat(second.changesRequiredFor()).isEmpty();
        ReviewDecision.Rules first = ReviewDecision.rules(ProcessConstants.TASK_REVIEW);
        assertThat(first.decisions()).containsExactly(ProcessConstants.DECISION_APPROVE,
                ProcessConstants.DECISION_REJECT, ProcessConstants.DECISION_REQUEST_CHANGES);
        assertThat(first.commentRequiredFor()).containsExactly(ProcessConstants.DECISION_REJECT,
                ProcessConstants.DECISION_REQUEST_CHANGES);
        assertThat(first.changesRequiredFor()).containsExactly(ProcessConstants.DECISION_REQUEST_CHANGES);
        // What a completion of each task may carry: the form submits no more.
        assertThat(ReviewTasks.SECOND_REVIEW_VARIABLES).doesNotContain(ProcessConstants.VAR_REQUESTED_CHANGES);
        assertThat(ReviewDecision.rules("UserTask_Unknown").decisions()).isEmpty();
    }

    @Test
    void theSecondReviewsOldFormIsGone() {
        assertThat(FORMS.resolve("second-review.html")).doesNotExist();
    }

    @Test
    void formKeysOfTheModelPointAtTheseForms() throws IOException {
        String model = Files.readString(MODEL, StandardCharsets.UTF_8);
        Matcher formKeys = Pattern.compile("camunda:formKey=\"embedded:deployment:forms/([^\"]+)\"").matcher(model);

        List<String> files = formKeys.results().map(m -> m.group(1)).toList();

        assertThat(files).containsExactly("review-application.html", "review-application.html",
                "answer-question.html");
        assertThat(files).allSatisfy(f -> assertThat(FORMS.resolve(f)).isRegularFile());
    }

    @Test
    void everyRequirementTheFormOffersIsAcceptedByTheReviewListener() {
        assertThat(Dossiers.requestableRequirements())
                .hasSize(ReviewDecision.FIELDS.size() + com.merchantonboarding.documents.DocumentType.values().length)
                .allSatisfy(r -> assertThat(ReviewDecision.isRequirement(r)).as(r).isTrue())
                .contains("documents.BUSINESS_LICENSE", "bankAccount.holderName");
    }

    private static String script(String file) throws IOException {
        Element script = Jsoup.parse(read(file)).selectFirst("script[cam-script]");
        assertThat(script).as("form script of " + file).isNotNull();
        return script.data();
    }

    private static String read(String file) throws IOException {
        return Files.readString(FORMS.resolve(file), StandardCharsets.UTF_8);
    }
}
