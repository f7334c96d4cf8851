package com.merchantonboarding.review;

import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/** Camunda's form service with {@link TaskCompletionGuard} before a task form is submitted (Tasklist's way). */
class GuardedFormService extends FormServiceImpl {

    @Override
    public void submitTaskFormData(String taskId, Map<String, String> properties) {
        TaskCompletionGuard.check(commandExecutor, taskId, properties);
        super.submitTaskFormData(taskId, properties);
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
        TaskCompletionGuard.check(commandExecutor, taskId, properties);
        super.submitTaskForm(taskId, properties);
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
                                                           boolean deserializeValues) {
        TaskCompletionGuard.check(commandExecutor, taskId, properties);
        return super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues);
    }
}
