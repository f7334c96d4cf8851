package com.merchantonboarding.policy;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.policy.RulesView.ActivationView;
import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.security.CamundaUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analysts' endpoints ({@code business-analysts}, {@code camunda-admin}; see {@link RulesSecurity}): the rule
 * set in use and its history, a reload of the rules folder, a simulation of the folder over past submissions,
 * and the files of any version activated.
 */
@RestController
@RequestMapping("/back-office/api/rules")
class RulesController {

    private final RuleSetActivations activations;
    private final Simulation simulation;

    RulesController(RuleSetActivations activations, Simulation simulation) {
        this.activations = activations;
        this.simulation = simulation;
    }

    @GetMapping
    RulesView rules(@RequestParam(defaultValue = "50") int limit) {
        RuleBase current = activations.current();
        RuleSetActivation activation = activations.active().orElse(null);
        return new RulesView(new RulesView.ActiveRuleSet(current.version(), current.label(), current.contentHash(),
                current.source().description(), current.files().size(), current.ruleNames().size(),
                activation == null ? null : activation.getActivatedBy(),
                activation == null ? null : activation.getActivatedAt()),
                activations.source().description(),
                activations.history(Math.max(1, Math.min(limit, 500))).stream().map(ActivationView::of).toList());
    }

    @PostMapping("/reload")
    ReloadView reload(@AuthenticationPrincipal CamundaUser user) {
        RuleSetActivations.Reloaded reloaded = activations.reload(user.userId());
        return new ReloadView(reloaded.changed(), ActivationView.of(reloaded.activation()), reloaded.previousVersion(),
                reloaded.scenarios().results().size());
    }

    @PostMapping("/simulate")
    SimulationReport simulate(@RequestBody SimulationRequest request) {
        return simulation.run(request);
    }

    @GetMapping("/versions/{version}/files")
    ResponseEntity<byte[]> files(@PathVariable String version) {
        byte[] zip = activations.archive(version).orElseThrow(() -> ApiException.notFound("The rule set version " + version));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("rules-" + version.replaceAll("[^A-Za-z0-9._-]", "_") + ".zip").build().toString())
                .body(zip);
    }
}
