package com.merchantonboarding.screening;

public enum RiskLevel { LOW, MEDIUM, HIGH }
