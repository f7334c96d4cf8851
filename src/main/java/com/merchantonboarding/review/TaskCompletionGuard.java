package com.merchantonboarding.review;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine-side check of every task completion, whichever way it arrives (Tasklist's form submission,
 * {@code /engine-rest} complete, resolve or submit-form, the Java API): the completer must belong to a group the
 * task is meant for ({@link ReviewTasks}), whatever identity links the task has, and the completion may carry only
 * the variables of the task's form, as text or JSON. A refusal is logged with the user and the task.
 *
 * <p>A call without an authenticated user is the application's own code (tests, delegates): Camunda's
 * authorization checks skip it too, and no request from outside reaches the engine without a user.
 */
final class TaskCompletionGuard {

    private static final Logger log = LoggerFactory.getLogger(TaskCompletionGuard.class);
    private static final Pattern PRINTABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private TaskCompletionGuard() {
    }

    static void check(CommandExecutor commands, String taskId, Map<String, ?> variables) {
        commands.execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task != null) {
                check(task, context.getAuthentication(), variables);
            }
            return null;
        });
    }

    static void check(TaskEntity task, Authentication user, Map<String, ?> variables) {
        if (user == null || user.getUserId() == null) {
            return;
        }
        String key = task.getTaskDefinitionKey();
        ReviewTasks.Rule rule = ReviewTasks.rule(key).orElse(null);
        if (rule != null && (user.getGroupIds() == null
                || user.getGroupIds().stream().noneMatch(rule.completerGroups()::contains))) {
            log.warn("Refused: user {} is not in {} and tried to complete task {} ({}) of process instance {}",
                    user.getUserId(), rule.completerGroups(), task.getId(), key, task.getProcessInstanceId());
            throw new AuthorizationException("Only members of " + String.join(" or ",
                    new TreeSet<>(rule.completerGroups())) + " may complete this task.");
        }
        if (variables == null || variables.isEmpty()) {
            return;
        }
        Set<String> allowed = rule == null ? Set.of() : rule.variables();
        @SuppressWarnings("unchecked")
        VariableMap typed = Variables.fromMap((Map<String, Object>) variables);
        for (String name : new TreeSet<>(typed.keySet())) {
            if (!allowed.contains(name)) {
                log.warn("Refused: user {} tried to set variable '{}' when completing task {} ({}) of process "
                        + "instance {}", user.getUserId(), printable(name), task.getId(), key,
                        task.getProcessInstanceId());
                throw new FormFieldValidationException(printable(name), "The variable " + quoted(name)
                        + " cannot be set when completing this task; a completion carries only "
                        + (allowed.isEmpty() ? "no variables" : String.join(", ", new TreeSet<>(allowed))) + ".");
            }
            TypedValue value = typed.getValueTyped(name);
            if (!isTextOrJson(value)) {
                String type = value.getType() != null ? value.getType().getName()
                        : value instanceof SerializableValue ? "object" : value.getValue().getClass().getSimpleName();
                log.warn("Refused: user {} sent variable '{}' of type {} when completing task {} ({})",
                        user.getUserId(), name, printable(type), task.getId(), key);
                throw new FormFieldValidationException(name, "The variable '" + name
                        + "' must be text or JSON, not " + printable(type) + ".");
            }
        }
    }

    /** What the review forms send: text, JSON (Spin's type, or an object serialized as JSON), or nothing. */
    static boolean isTextOrJson(TypedValue value) {
        if (value instanceof SerializableValue serialized) {
            String type = value.getType() == null ? "object" : value.getType().getName();
            return type.equals("json") || type.equals("object")
                    && "application/json".equals(serialized.getSerializationDataFormat());
        }
        if (value == null || value.getValue() == null) {
            return true;
        }
        if (value.getType() == null) {
            Object raw = value.getValue();
            return raw instanceof String || raw.getClass().getName().startsWith("org.camunda.spin.json");
        }
        String type = value.getType().getName();
        return type.equals("string") || type.equals("null");
    }

    /**
     * A variable name as it may appear in a message: Tasklist shows refusals as HTML, so a name that is not plain
     * is not repeated.
     */
    private static String printable(String name) {
        return PRINTABLE_NAME.matcher(name).matches() ? name : "(a name with unusual characters)";
    }

    private static String quoted(String name) {
        String shown = printable(name);
        return shown.equals(name) ? "'" + name + "'" : shown;
    }
}
