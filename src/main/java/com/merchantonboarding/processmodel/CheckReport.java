package com.merchantonboarding.processmodel;

import java.util.List;

/**
 * What checking a changed model found, as the analyst reads it: problems by element, the scenarios, and what a
 * migration of the running applications would do.
 */
record CheckReport(String location, String contentHash, boolean passed, List<ModelRules.Finding> problems,
                   List<ScenarioRun> scenarios, ModelDiff changes, Migration migration) {

    /** The running applications against the new version. */
    record Migration(int running, int canMove, List<Stuck> cannotMove, List<String> planProblems) {

        static final Migration NOT_CHECKED = new Migration(0, 0, List.of(), List.of());
    }

    /** A running application that cannot move to the new version, where it stands and why. */
    record Stuck(String processInstanceId, String applicationId, String processDefinitionId, List<String> waitingAt,
                 String why) {
    }
}
