package com.merchantonboarding.processmodel;

/** How one process scenario went: passed, or the step that broke and why. */
record ScenarioRun(String file, String scenario, boolean passed, Integer failedStep, String failure) {

    static ScenarioRun passed(ProcessScenario scenario) {
        return new ScenarioRun(scenario.file(), scenario.name(), true, null, null);
    }

    static ScenarioRun failed(ProcessScenario scenario, ProcessScenario.Step step, String why) {
        return new ScenarioRun(scenario.file(), scenario.name(), false, step == null ? null : step.number(),
                (step == null ? "" : "step " + step.number() + " (" + step.describe() + "): ") + why);
    }
}
