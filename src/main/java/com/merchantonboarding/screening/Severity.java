package com.merchantonboarding.screening;

/** How a finding routes an application (spec/reason-codes.md). */
public enum Severity { REJECT, CHANGES_REQUIRED, REVIEW, INFO }
