package com.merchantonboarding.policy;

import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.documents.DocumentEvidence;
import java.util.List;

/**
 * One analyst's scenario: an application as submitted (the base application of {@code scenarios/base.yaml} with
 * the scenario's changes), its documents as inspection saw them, and what the rules must decide.
 *
 * @param name        unique over every scenario file
 * @param file        the file it was read from, such as {@code scenarios/merchant-categories.yaml}
 * @param description why it exists (optional)
 */
record Scenario(String name, String file, String description, ApplicationData application,
                List<DocumentEvidence> documents, Expectation expect) {

    Scenario {
        documents = List.copyOf(documents);
    }

    @Override
    public String toString() {
        return "\"" + name + "\" (" + file + ")";
    }
}
