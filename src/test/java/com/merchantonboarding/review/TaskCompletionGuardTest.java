package com.merchantonboarding.review;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class TaskCompletionGuardTest {

    private static final Authentication OFFICER = new Authentication("olivia", List.of("compliance-officers"));
    private static final Authentication LEAD = new Authentication("liam", List.of("compliance-officers",
            "compliance-leads"));
    private static final Authentication ANALYST = new Authentication("ana", List.of("business-analysts"));

    @Test
    void anOfficerCompletesAReviewWithTheFormsVariables() {
        assertThatCode(() -> TaskCompletionGuard.check(task("UserTask_ReviewApplication"), OFFICER, Map.of(
                "decision", "REQUEST_CHANGES", "reviewComment", "Please fix", "requestedChanges",
                Variables.objectValue("[]").serializationDataFormat("application/json").create(),
                "rejectionReasons", "[]"))).doesNotThrowAnyException();
    }

    @Test
    void refusesAnyOtherVariableNamingIt() {
        assertThatThrownBy(() -> TaskCompletionGuard.check(task("UserTask_ReviewApplication"), OFFICER,
                Map.of("decision", "APPROVE", "riskLevel", "LOW")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("'riskLevel'");
        assertThatThrownBy(() -> TaskCompletionGuard.check(task("UserTask_SecondReview"), LEAD,
                Map.of("decision", "APPROVE", "firstReviewer", "lena")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("'firstReviewer'");
        assertThatThrownBy(() -> TaskCompletionGuard.check(task("UserTask_SecondReview"), LEAD,
                Map.of("requestedChanges", "[]"))).isInstanceOf(FormFieldValidationException.class);
    }

    @Test
    void neverRepeatsANameThatCouldBeMarkupInTasklist() {
        assertThatThrownBy(() -> TaskCompletionGuard.check(task("UserTask_ReviewApplication"), OFFICER,
                Map.of("<img src=x onerror=alert(1)>", "x")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageNotContaining("<img");
    }

    @Test
    void refusesValuesThatAreNeitherTextNorJson() {
        assertThatThrownBy(() -> TaskCompletionGuard.check(task("UserTask_ReviewApplication"), OFFICER,
                Map.of("decision", Variables.objectValue("APPROVE")
                        .serializationDataFormat("application/x-java-serialized-object").create())))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("text or JSON");
        assertThatThrownBy(() -> TaskCompletionGuard.check(task("UserTask_ReviewApplication"), OFFICER,
                Map.of("decision", 42))).isInstanceOf(FormFieldValidationException.class);
    }

    @Test
    void onlyTheTasksGroupsMayCompleteItWhateverItsLinks() {
        assertThatThrownBy(() -> TaskCompletionGuard.check(task("UserTask_ReviewApplication"), ANALYST,
                Map.of("decision", "APPROVE"))).isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("compliance-officers");
        assertThatThrownBy(() -> TaskCompletionGuard.check(task("UserTask_SecondReview"), OFFICER, Map.of()))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("compliance-leads");
        assertThatCode(() -> TaskCompletionGuard.check(task("UserTask_ReviewApplication"), LEAD,
                Map.of("decision", "APPROVE"))).doesNotThrowAnyException();
    }

    @Test
    void aTaskNobodyDescribedTakesNoVariables() {
        assertThatThrownBy(() -> TaskCompletionGuard.check(task("UserTask_New"), OFFICER, Map.of("decision", "x")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("no variables");
        assertThatCode(() -> TaskCompletionGuard.check(task("UserTask_New"), OFFICER, null))
                .doesNotThrowAnyException();
    }

    @Test
    void theApplicationsOwnCallsWithoutAUserAreNotChecked() {
        assertThatCode(() -> TaskCompletionGuard.check(task("UserTask_ReviewApplication"), null,
                Map.of("riskLevel", "LOW"))).doesNotThrowAnyException();
    }

    private static TaskEntity task(String definitionKey) {
        TaskEntity task = new TaskEntity();
        task.setId("task-1");
        task.setTaskDefinitionKey(definitionKey);
        return task;
    }
}
