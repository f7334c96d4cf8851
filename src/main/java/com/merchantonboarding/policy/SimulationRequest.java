package com.merchantonboarding.policy;

/**
 * Which stored submissions to run a candidate rule set over: the last {@code lastRevisions}, or those submitted
 * from {@code from} (inclusive) to {@code to} (exclusive). {@code from} and {@code to} are instants
 * ({@code 2026-03-01T00:00:00Z}) or dates ({@code 2026-03-01}: from the start of that day, UTC; as {@code to}, up
 * to the end of that day).
 */
record SimulationRequest(Integer lastRevisions, String from, String to) {
}
