package com.merchantonboarding.review;

import java.util.Map;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Camunda's task service with {@link TaskCompletionGuard} before every way of completing a task, and one
 * allowance: the user a task is assigned to may give it back (Tasklist's "unclaim"), which Camunda ties to
 * {@code TASK_ASSIGN}, a right officers do not have because it would let them hand tasks to anyone.
 */
class GuardedTaskService extends TaskServiceImpl {

    @Override
    public void setAssignee(String taskId, String userId) {
        if (userId == null && isAssignedToCurrentUser(taskId)) {
            commandExecutor.execute(context -> {
                context.disableAuthorizationCheck();
                try {
                    return new AssignTaskCmd(taskId, null).execute(context);
                } finally {
                    context.enableAuthorizationCheck();
                }
            });
            return;
        }
        super.setAssignee(taskId, userId);
    }

    private boolean isAssignedToCurrentUser(String taskId) {
        return commandExecutor.execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            Authentication user = context.getAuthentication();
            return task != null && user != null && user.getUserId() != null
                    && user.getUserId().equals(task.getAssignee());
        });
    }

    @Override
    public void complete(String taskId) {
        TaskCompletionGuard.check(commandExecutor, taskId, null);
        super.complete(taskId);
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
        TaskCompletionGuard.check(commandExecutor, taskId, variables);
        super.complete(taskId, variables);
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
                                                     boolean deserializeValues) {
        TaskCompletionGuard.check(commandExecutor, taskId, variables);
        return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
    }

    @Override
    public void resolveTask(String taskId) {
        TaskCompletionGuard.check(commandExecutor, taskId, null);
        super.resolveTask(taskId);
    }

    @Override
    public void resolveTask(String taskId, Map<String, Object> variables) {
        TaskCompletionGuard.check(commandExecutor, taskId, variables);
        super.resolveTask(taskId, variables);
    }
}
