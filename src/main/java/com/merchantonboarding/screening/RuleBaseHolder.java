package com.merchantonboarding.screening;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule base in use. A reload compiles the source again and swaps atomically only when it loads
 * cleanly; evaluations already running finish on the instance they took.
 */
public class RuleBaseHolder {

    private static final Logger log = LoggerFactory.getLogger(RuleBaseHolder.class);

    private final RuleBaseLoader loader;
    private final AtomicReference<RuleBase> current;

    public RuleBaseHolder(RuleBaseLoader loader, RuleBase initial) {
        this.loader = loader;
        this.current = new AtomicReference<>(initial);
    }

    public RuleBase current() {
        return current.get();
    }

    /**
     * Makes a rule base that was loaded and checked elsewhere (an analyst's reload, after its scenarios passed)
     * the current one. One reference swap: an evaluation that took the previous rule base finishes on it, the
     * next one takes this.
     *
     * @return the rule base it replaced
     */
    public synchronized RuleBase activate(RuleBase next) {
        RuleBase previous = current.getAndSet(next);
        log.info("Screening rules activated from {}: {} -> {}", next.source().description(), previous.version(), next.version());
        return previous;
    }

    /**
     * Compiles the current source again and, when it loads, makes it current.
     *
     * @return the new rule base
     * @throws RuleBaseException when the source is broken; the current rule base stays
     */
    public synchronized RuleBase reload() {
        RuleBase previous = current.get();
        RuleBase next = loader.load(previous.source());
        current.set(next);
        log.info("Screening rules reloaded from {}: {} -> {}", next.source().description(), previous.version(), next.version());
        return next;
    }
}
