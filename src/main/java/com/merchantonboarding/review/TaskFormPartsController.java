package com.merchantonboarding.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import com.merchantonboarding.process.ProcessConstants;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.DeploymentResourceNotFoundException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a review form loads besides the dossier: the task's review ({@link #review}) and the parts it includes ({@code ng-include}: the dossier details, the reasons to reject), read from the
 * deployment of the task's own process version, as Tasklist reads the form itself ({@code embedded:deployment:}):
 * a task on an older version shows that version's parts. Only for a user the engine lets read the task (its
 * authorizations, under the Tasklist login that {@link TasklistAuthenticationFilter} checked).
 */
@RestController
class TaskFormPartsController {

    /** A file of {@code bpmn/forms/}: no folders, no other kinds of file. */
    private static final Pattern PART = Pattern.compile("[a-z0-9][a-z0-9-]*\\.html");
    private static final String FORMS = "forms/";

    private final ProcessEngine engine;
    private final QuestionThreads questions;

    TaskFormPartsController(ProcessEngine engine, QuestionThreads questions) {
        this.engine = engine;
        this.questions = questions;
    }

    @GetMapping("/back-office/api/tasks/{taskId}/forms/{file}")
    ResponseEntity<byte[]> part(@AuthenticationPrincipal BackOfficeUser user, @PathVariable String taskId,
                                @PathVariable String file) {
        if (!PART.matcher(file).matches()) {
            return ResponseEntity.notFound().build();
        }
        Task task = readableTask(user, taskId);
        if (task == null || task.getProcessDefinitionId() == null) {
            return ResponseEntity.notFound().build();
        }
        String deploymentId = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId())
                .getDeploymentId();
        byte[] html = deployed(deploymentId, file);
        if (html == null) {
            // A version deployed before the forms were deployed with the model: its forms are the ones the
            // application serves at /forms/ (FormsWebConfiguration), and so are their parts.
            ClassPathResource served = new ClassPathResource("bpmn/" + FORMS + file);
            if (!served.exists() || engine.getRepositoryService().getDeploymentResourceNames(deploymentId).stream()
                    .anyMatch(name -> name.startsWith(FORMS))) {
                return ResponseEntity.notFound().build();
            }
            html = read(served::getInputStream);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(html);
    }

    /** What a review form needs to know of its task: the application (the process's business key) and the rules. */
    record TaskReview(String applicationId, ReviewDecision.Rules rules) {
    }

    /**
     * The review a task asks for, for the one review form both review tasks use: the application it is about and
     * the rules of its decision (which decisions, which need a comment or requested changes), from the same place
     * the task's complete listener checks them.
     */
    @GetMapping("/back-office/api/tasks/{taskId}/review")
    ResponseEntity<TaskReview> review(@AuthenticationPrincipal BackOfficeUser user, @PathVariable String taskId) {
        Task task = readableTask(user, taskId);
        if (task == null || task.getProcessInstanceId() == null
                || !ReviewTasks.describes(task.getTaskDefinitionKey())) {
            return ResponseEntity.notFound().build();
        }
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        if (process == null || process.getBusinessKey() == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new TaskReview(process.getBusinessKey(), ReviewDecision.rules(task.getTaskDefinitionKey())));
    }

    /**
     * What the answer form of {@code UserTask_AnswerQuestion} shows: the question, the request as the merchant sees
     * it and the thread; nothing of screening or inspection.
     */
    @GetMapping("/back-office/api/tasks/{taskId}/question")
    ResponseEntity<QuestionThreads.QuestionTask> question(@AuthenticationPrincipal BackOfficeUser user,
                                                          @PathVariable String taskId, java.util.Locale locale) {
        Task task = readableTask(user, taskId);
        if (task == null || task.getProcessInstanceId() == null
                || !ProcessConstants.TASK_ANSWER_QUESTION.equals(task.getTaskDefinitionKey())) {
            return ResponseEntity.notFound().build();
        }
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        if (process == null || process.getBusinessKey() == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(questions.task(java.util.UUID.fromString(process.getBusinessKey()), taskId, locale));
    }

    private byte[] deployed(String deploymentId, String file) {
        try {
            return read(() -> engine.getRepositoryService().getResourceAsStream(deploymentId, FORMS + file));
        } catch (DeploymentResourceNotFoundException e) {
            return null;
        }
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    private static byte[] read(Source source) {
        try (InputStream in = source.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The task, when the engine's authorizations let this user read it (null otherwise or when it is gone). */
    private Task readableTask(BackOfficeUser user, String taskId) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user.userId(), user.groupIds());
        try {
            return engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        } finally {
            identity.clearAuthentication();
        }
    }
}
