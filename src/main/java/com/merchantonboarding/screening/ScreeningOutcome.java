package com.merchantonboarding.screening;

/** Where screening sends an application (spec/process.md, step 4). */
public enum ScreeningOutcome { REJECT, CHANGES_REQUIRED, REVIEW, APPROVE }
