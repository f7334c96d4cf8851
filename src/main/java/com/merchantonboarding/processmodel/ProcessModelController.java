package com.merchantonboarding.processmodel;

import com.merchantonboarding.security.CamundaUser;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analysts' endpoints for the process model ({@code business-analysts}, {@code camunda-admin}; the security
 * chain of the rules endpoints covers these too): the version in use and the history of changes, a check of the
 * folder's model without deploying it, and a deployment with or without migrating the running applications.
 */
@RestController
@RequestMapping("/back-office/api/process")
class ProcessModelController {

    private final ProcessModels models;

    ProcessModelController(ProcessModels models) {
        this.models = models;
    }

    record Current(String processDefinitionId, int version, String versionTag) {
    }

    record ChangeView(Instant deployedAt, String deployedBy, String versionTag, String processDefinitionId,
                      String contentHash, String added, String removed, String changed, int runningBefore,
                      int migrated, int leftBehind, String batchIds) {
        static ChangeView of(ProcessModelChange c) {
            return new ChangeView(c.getDeployedAt(), c.getDeployedBy(), c.getVersionTag(), c.getProcessDefinitionId(),
                    c.getContentHash(), c.getAdded(), c.getRemoved(), c.getChanged(), c.getRunningBefore(),
                    c.getMigrated(), c.getLeftBehind(), c.getBatchIds());
        }
    }

    record View(String location, Current current, List<ChangeView> history) {
    }

    /** {@code migrate}: move the running applications that can move (true), or leave them on their version. */
    record DeployRequest(Boolean migrate) {
    }

    @GetMapping
    View current(@RequestParam(defaultValue = "50") int limit) {
        ProcessDefinition latest = models.latest();
        return new View(models.location(), latest == null ? null
                : new Current(latest.getId(), latest.getVersion(), latest.getVersionTag()),
                models.history(Math.max(1, Math.min(limit, 500))).stream().map(ChangeView::of).toList());
    }

    @PostMapping("/check")
    CheckReport check() {
        return models.check();
    }

    @PostMapping("/deploy")
    ProcessModels.Deployed deploy(@AuthenticationPrincipal CamundaUser user,
                                  @RequestBody(required = false) DeployRequest request) {
        boolean migrate = request != null && Boolean.TRUE.equals(request.migrate());
        return models.deploy(user.userId(), user.groupIds(), migrate);
    }
}
