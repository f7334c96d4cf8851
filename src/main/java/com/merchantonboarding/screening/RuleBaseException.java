package com.merchantonboarding.screening;

import java.util.List;

/** A rule source that does not compile or whose tables or settings are broken; the message names file and line. */
public class RuleBaseException extends RuntimeException {

    private final List<String> problems;

    public RuleBaseException(String source, List<String> problems) {
        super("Rules from " + source + " cannot be loaded:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public RuleBaseException(String source, String problem, Throwable cause) {
        super("Rules from " + source + " cannot be loaded:\n  " + problem, cause);
        this.problems = List.of(problem);
    }

    /** Each problem, as {@code file line n: what}. */
    public List<String> problems() {
        return problems;
    }
}
