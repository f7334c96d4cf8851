package com.merchantonboarding.process;

import com.merchantonboarding.application.ProcessSteps;
import com.merchantonboarding.screening.ScreeningResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code BusinessRuleTask_ScreenApplication}: the rules decide where the revision goes. */
@Component("screenApplicationDelegate")
class ScreenApplicationDelegate extends StepDelegate {

    ScreenApplicationDelegate(ProcessSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        ScreeningResult result = steps.screen(applicationId(execution), revision(execution));
        clearDecision(execution);
        execution.setVariable(ProcessConstants.VAR_SCREENING_OUTCOME, result.outcome().name());
        execution.setVariable(ProcessConstants.VAR_RISK_LEVEL, result.riskLevel().name());
    }
}
