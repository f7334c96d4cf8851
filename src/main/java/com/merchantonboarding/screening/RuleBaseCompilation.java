package com.merchantonboarding.screening;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Compiles the rule set on a thread of its own from the moment the application context has read its configuration,
 * while the main thread goes on with the web server, the connection pool, Hibernate and the process engine. A cold
 * compile takes seconds; started first, it is usually done by the time anything needs the rule base
 * (docs/operations.md, "Start-up and footprint"). {@link #await()} hands over the result, or the compiler's error,
 * which stops the start exactly as a compile on the main thread would.
 *
 * <p>A {@link BeanFactoryPostProcessor} only to start early: it changes no bean definition.
 */
class RuleBaseCompilation implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(RuleBaseCompilation.class);

    private final CompletableFuture<RuleBase> result = new CompletableFuture<>();
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        RulesProperties properties = Binder.get(environment).bindOrCreate("onboarding.rules", RulesProperties.class);
        Thread compiler = new Thread(() -> {
            try {
                result.complete(compile(properties));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "rules-compile");
        compiler.setDaemon(true);
        compiler.start();
    }

    private static RuleBase compile(RulesProperties properties) {
        long start = System.nanoTime();
        RuleSource source = properties.source();
        if (source instanceof RuleSource.Directory folder) {
            RuleFolders.prepare(folder, properties.createMissingFolder());
        }
        RuleBase ruleBase = new RuleBaseLoader().load(source);
        log.info("Screening rules {} compiled from {} ({} files) in {} ms", ruleBase.version(),
                ruleBase.source().description(), ruleBase.files().size(), (System.nanoTime() - start) / 1_000_000);
        return ruleBase;
    }

    /**
     * The compiled rule base, waiting for the compile if it is still running. Compiled again, here, when the location
     * the application's settings bound differs from the one bound early (a location with a {@code ${random.*}}
     * placeholder resolves anew at each binding, as in the tests): the rule base must come from where reloads read.
     *
     * @throws RuleBaseException when the rules do not load (or any other error of the compile, as it was thrown)
     */
    RuleBase await(RulesProperties properties) {
        long start = System.nanoTime();
        try {
            RuleBase ruleBase = result.get();
            long waited = (System.nanoTime() - start) / 1_000_000;
            if (waited > 0) {
                log.info("Waited {} ms for the rules to compile", waited);
            }
            if (!ruleBase.source().description().equals(properties.source().description())) {
                log.info("Rules location resolved to {} now, not {}: compiling again", properties.source().description(),
                        ruleBase.source().description());
                return compile(properties);
            }
            return ruleBase;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the rules to compile", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
