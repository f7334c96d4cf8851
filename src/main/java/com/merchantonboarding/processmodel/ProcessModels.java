package com.merchantonboarding.processmodel;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.process.ProcessConstants;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The analysts' path for the process model (docs/analyst-guide.md, "Changing the process"): check a changed model
 * without deploying it, deploy it with a version tag, and move the running applications to it as a Camunda batch
 * or leave them to finish on their version. One check or deployment at a time per node.
 */
@Service
public class ProcessModels {

    static final String DEPLOYMENT_NAME = "merchant-onboarding";
    /**
     * The group whose rights a deployment through this path runs with (deploy, migrate, start a batch). Nobody is
     * a member: the service adds it to the analyst's own groups for its own calls only, after its checks, so the
     * same rights are not to be had through /engine-rest.
     */
    static final String DEPLOYER_GROUP = ProcessConstants.GROUP_MODEL_DEPLOYERS;

    private static final Logger log = LoggerFactory.getLogger(ProcessModels.class);
    private static final Pattern PROCESS_TAG = Pattern.compile("<(\\w+:)?process\\s[^>]*\\bid=\"" 
            + ProcessConstants.PROCESS_KEY + "\"[^>]*>");

    private final ProcessEngine engine;
    private final ApplicationContext context;
    private final ProcessModelProperties properties;
    private final ProcessModelChangeRepository changes;
    private final TransactionTemplate transactions;
    private final Semaphore oneAtATime = new Semaphore(1);

    ProcessModels(ProcessEngine engine, ApplicationContext context, ProcessModelProperties properties,
                  ProcessModelChangeRepository changes, PlatformTransactionManager transactionManager) {
        this.engine = engine;
        this.context = context;
        this.properties = properties;
        this.changes = changes;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What a deployment did. */
    record Deployed(boolean changed, String versionTag, String processDefinitionId, int version, ModelDiff changes,
                    int running, int migrated, int leftBehind, List<String> batchIds, CheckReport check) {
    }

    String location() {
        return properties.location();
    }

    CheckReport check() {
        return exclusively(() -> check(folder()));
    }

    Deployed deploy(String user, List<String> groups, boolean migrate) {
        return exclusively(() -> {
            ModelFolder folder = folder();
            CheckReport report = check(folder);
            if (!report.passed()) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "process-model-check-failed",
                        "The process model did not pass its checks", summary(report))
                        .with("check", report);
            }
            ProcessDefinition latest = latest();
            if (latest != null && isSameContent(latest, report.contentHash(), folder)) {
                return unchanged(latest, report);
            }
            Set<String> authorities = new LinkedHashSet<>(groups);
            authorities.add(DEPLOYER_GROUP);
            engine.getIdentityService().setAuthentication(user, List.copyOf(authorities));
            try {
                // Compared again under the lock: another node may have deployed the same meanwhile. The change is
                // logged in the deployment's transaction, so that a node starting now compares by its hash.
                ProcessModelChange change = underDeploymentLock(() -> {
                    ProcessDefinition current = latest();
                    if (current != null && isSameContent(current, report.contentHash(), folder)) {
                        return null;
                    }
                    ProcessModelChange deployed = deployVersion(folder, user, report.changes(),
                            report.migration().running());
                    deployed.migrated(0, report.migration().running(), "");
                    return changes.save(deployed);
                });
                if (change == null) {
                    return unchanged(latest(), report);
                }
                List<String> batches = new ArrayList<>();
                int[] counts = {0, 0};
                if (migrate) {
                    counts = migrate(change.getProcessDefinitionId(), folder.mappings(), batches);
                } else {
                    counts[1] = report.migration().running();
                }
                change.migrated(counts[0], counts[1], String.join(",", batches));
                changes.save(change);
                log.info("Process model {} deployed by {}: definition {}, added {}, removed {}, changed {}; "
                                + "{} running, {} migrating, {} left on their version", change.getVersionTag(), user,
                        change.getProcessDefinitionId(), report.changes().added(), report.changes().removed(),
                        report.changes().changed(), report.migration().running(), counts[0], counts[1]);
                ProcessDefinition deployed = engine.getRepositoryService().getProcessDefinition(
                        change.getProcessDefinitionId());
                return new Deployed(true, change.getVersionTag(), deployed.getId(), deployed.getVersion(),
                        report.changes(), report.migration().running(), counts[0], counts[1], batches, report);
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        });
    }

    private static Deployed unchanged(ProcessDefinition latest, CheckReport report) {
        return new Deployed(false, latest.getVersionTag(), latest.getId(), latest.getVersion(), ModelDiff.NONE,
                report.migration().running(), 0, 0, List.of(), report);
    }

    /**
     * The configured folder; a folder on disk that does not exist (the demo started outside the repository) falls
     * back to the model the build packed.
     */
    private ModelFolder folder() {
        String location = properties.location();
        if (!location.startsWith("classpath:") && !java.nio.file.Files.isDirectory(java.nio.file.Path.of(
                location.startsWith("file:") ? location.substring("file:".length()) : location))) {
            log.warn("The process folder {} does not exist; using the model packed with the application", location);
            return ModelFolder.read("classpath:bpmn/");
        }
        return ModelFolder.read(location);
    }

    List<ProcessModelChange> history(int limit) {
        return changes.findAllByOrderByDeployedAtDesc(Limit.of(limit));
    }

    ProcessDefinition latest() {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProcessConstants.PROCESS_KEY).latestVersion().singleResult();
    }

    /**
     * At start: the folder's model is deployed when it differs from the latest version, after the model rules (the
     * scenarios are for the analysts' check and CI). A model that breaks a rule is not deployed; with no version
     * deployed at all, the start fails. Compared and deployed under Camunda's deployment lock, in one transaction:
     * a node starting beside another sees the version the other deployed, not nothing.
     */
    void deployAtStart() {
        underDeploymentLock(() -> {
            deployAtStartLocked();
            return null;
        });
    }

    /**
     * Runs {@code work} in one transaction that first takes Camunda's cluster-wide deployment lock (a pessimistic
     * lock on the {@code deployment.lock} row of {@code ACT_GE_PROPERTY}, the one every deployment takes), held until
     * the transaction ends. Inside the JVM monitor that Camunda's deploy command takes before that lock
     * ({@code ProcessEngine.class}), in the same order, so that a deployment through /engine-rest on this node cannot
     * deadlock with it.
     */
    private <T> T underDeploymentLock(Supplier<T> work) {
        synchronized (ProcessEngine.class) {
            return transactions.execute(status -> {
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                        .execute(context -> {
                            context.getPropertyManager().acquireExclusiveLock();
                            return null;
                        });
                return work.get();
            });
        }
    }

    private void deployAtStartLocked() {
        ModelFolder folder = folder();
        String hash = folder.contentHash();
        ProcessDefinition latest = latest();
        if (latest != null && isSameContent(latest, hash, folder)) {
            log.info("Process model unchanged: {} version {} ({})", latest.getKey(), latest.getVersion(),
                    latest.getVersionTag());
            return;
        }
        List<ModelRules.Finding> problems = ModelRules.check(ModelRules.parse(folder.model()), ruleBeans(folder));
        if (!problems.isEmpty()) {
            String text = problems.stream().map(p -> p.element() + ": " + p.message())
                    .collect(Collectors.joining("; "));
            if (latest == null) {
                throw new IllegalStateException("The process model in " + folder.location() + " breaks its rules: "
                        + text);
            }
            log.error("The process model in {} breaks its rules and was not deployed; version {} stays: {}",
                    folder.location(), latest.getVersion(), text);
            return;
        }
        ModelDiff diff = latest == null ? ModelDiff.NONE : diff(latest, folder);
        int running = (int) engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProcessConstants.PROCESS_KEY).count();
        ProcessModelChange change = deployVersion(folder, "startup", diff, running);
        change.migrated(0, running, "");
        changes.save(change);
        log.info("Process model {} deployed at start from {}: definition {}", change.getVersionTag(),
                folder.location(), change.getProcessDefinitionId());
    }

    /** The model, tagged, and the forms of the folder in one deployment: each version carries its own forms. */
    private ProcessModelChange deployVersion(ModelFolder folder, String user, ModelDiff diff, int running) {
        String hash = folder.contentHash();
        String tag = versionTag(hash);
        var deployment = engine.getRepositoryService().createDeployment().name(DEPLOYMENT_NAME)
                .source(user.equals("startup") ? "startup" : "process-model-api")
                .addString(ModelFolder.MODEL, withVersionTag(new String(folder.model(), StandardCharsets.UTF_8), tag));
        folder.forms().forEach((name, bytes) -> deployment.addInputStream(name, new ByteArrayInputStream(bytes)));
        var result = deployment.deployWithResult();
        ProcessDefinition definition = result.getDeployedProcessDefinitions().stream()
                .filter(d -> d.getKey().equals(ProcessConstants.PROCESS_KEY)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The deployment holds no " + ProcessConstants.PROCESS_KEY));
        return new ProcessModelChange(Clocks.now(), user, tag, definition.getId(), hash, diff, running);
    }

    /**
     * The model as the analyst saved it, with the version tag set on its process: the text is edited rather than
     * the model written again, so the stored file differs from the analyst's by that attribute only.
     */
    static String withVersionTag(String model, String tag) {
        Matcher process = PROCESS_TAG.matcher(model);
        if (!process.find()) {
            throw new ModelProblem(ProcessConstants.PROCESS_KEY, "The model defines no process '"
                    + ProcessConstants.PROCESS_KEY + "'.");
        }
        String start = process.group().replaceAll("\\s+camunda:versionTag=\"[^\"]*\"", "");
        String tagged = start.substring(0, start.length() - 1) + " camunda:versionTag=\"" + tag + "\">";
        return model.substring(0, process.start()) + tagged + model.substring(process.end());
    }

    /** {@code 2026-12-04.2+1a2b3c4d}: the day, the count of versions that day, the hash of the model and its forms. */
    private String versionTag(String hash) {
        Instant day = Clocks.now().atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
        long count = changes.countByDeployedAtGreaterThanEqual(day) + 1;
        return day.atZone(ZoneOffset.UTC).toLocalDate() + "." + count + "+" + hash.substring(0, 8);
    }

    /**
     * Whether the folder holds what the latest version was deployed from: by the hash logged with it, or, for a
     * version deployed outside this path, by comparing the model and the forms with its deployment's resources.
     */
    private boolean isSameContent(ProcessDefinition latest, String hash, ModelFolder folder) {
        return changes.findFirstByProcessDefinitionId(latest.getId()).map(c -> c.getContentHash().equals(hash))
                .orElseGet(() -> java.util.Arrays.equals(deployedBytes(latest), folder.model())
                        && sameForms(latest.getDeploymentId(), folder.forms()));
    }

    private boolean sameForms(String deploymentId, Map<String, byte[]> forms) {
        Map<String, byte[]> deployed = deployedForms(deploymentId);
        return deployed.keySet().equals(forms.keySet()) && deployed.entrySet().stream()
                .allMatch(form -> java.util.Arrays.equals(form.getValue(), forms.get(form.getKey())));
    }

    private ModelDiff diff(ProcessDefinition latest, ModelFolder folder) {
        return ModelDiff.between(deployedBytes(latest), folder.model())
                .withForms(deployedForms(latest.getDeploymentId()), folder.forms());
    }

    /** The forms a deployment holds, by resource name (none for versions deployed before forms were). */
    private Map<String, byte[]> deployedForms(String deploymentId) {
        var repository = engine.getRepositoryService();
        Map<String, byte[]> forms = new java.util.TreeMap<>();
        for (String name : repository.getDeploymentResourceNames(deploymentId)) {
            if (name.startsWith(ModelFolder.FORMS)) {
                try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
                    forms.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return forms;
    }

    private byte[] deployedBytes(ProcessDefinition definition) {
        try (InputStream in = engine.getRepositoryService().getProcessModel(definition.getId())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CheckReport check(ModelFolder folder) {
        String hash = folder.contentHash();
        List<ModelRules.Finding> problems = new ArrayList<>();
        BpmnModelInstance model;
        try {
            model = ModelRules.parse(folder.model());
        } catch (ModelProblem e) {
            return new CheckReport(folder.location(), hash, false,
                    List.of(new ModelRules.Finding(e.element(), e.getMessage())), List.of(), ModelDiff.NONE,
                    CheckReport.Migration.NOT_CHECKED);
        }
        problems.addAll(ModelRules.check(model, ruleBeans(folder)));
        List<ProcessScenario> scenarios = new ArrayList<>();
        folder.scenarioFiles().forEach((file, bytes) -> {
            try {
                scenarios.add(ProcessScenario.parse(file, bytes));
            } catch (ModelProblem e) {
                problems.add(new ModelRules.Finding(e.element(), e.getMessage()));
            }
        });
        ProcessDefinition latest = latest();
        ModelDiff diff = latest == null ? ModelDiff.NONE : diff(latest, folder);
        ScenarioRunner.State state = new ScenarioRunner.State();
        List<ScenarioRun> runs = new ArrayList<>();
        CheckReport.Migration migration = CheckReport.Migration.NOT_CHECKED;
        try (ScratchEngine scratch = new ScratchEngine(ScratchEngine.beans(name -> scratchBean(name, state)))) {
            String target;
            try {
                target = deployTo(scratch, "checked", folder.model(), folder.forms());
            } catch (ParseException e) {
                e.getResorceReports().forEach(report -> report.getErrors().forEach(error -> problems.add(
                        new ModelRules.Finding(error.getMainElementId() == null ? ModelFolder.MODEL
                                : error.getMainElementId(), error.getMessage()))));
                return new CheckReport(folder.location(), hash, false, problems, runs, diff, migration);
            }
            ScenarioRunner runner = new ScenarioRunner(scratch.engine(), state);
            for (ProcessScenario scenario : scenarios) {
                runs.add(runner.run(scenario));
            }
            migration = checkMigration(scratch, target, folder.mappings());
        }
        boolean passed = problems.isEmpty() && runs.stream().allMatch(ScenarioRun::passed)
                && migration.planProblems().isEmpty();
        return new CheckReport(folder.location(), hash, passed, problems, runs, diff, migration);
    }

    /** Where each running application stands and whether the new version has a place for it. */
    private CheckReport.Migration checkMigration(ScratchEngine scratch, String target, Map<String, String> mappings) {
        List<ProcessInstance> running = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProcessConstants.PROCESS_KEY).list();
        Map<String, List<ProcessInstance>> bySource = running.stream()
                .collect(Collectors.groupingBy(ProcessInstance::getProcessDefinitionId, LinkedHashMap::new,
                        Collectors.toList()));
        List<CheckReport.Stuck> stuck = new ArrayList<>();
        List<String> planProblems = new ArrayList<>();
        int canMove = 0;
        for (Map.Entry<String, List<ProcessInstance>> source : bySource.entrySet()) {
            ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(source.getKey());
            String scratchSource = deployTo(scratch, "running-" + definition.getVersion(), deployedBytes(definition),
                    Map.of());
            Set<String> movable;
            try {
                MigrationPlan plan = plan(scratch.engine(), scratchSource, target, mappings);
                movable = plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
                        .collect(Collectors.toSet());
            } catch (MigrationPlanValidationException e) {
                String why = e.getValidationReport().getInstructionReports().stream()
                        .flatMap(r -> r.getFailures().stream().map(f -> r.getMigrationInstruction()
                                .getSourceActivityId() + ": " + f)).collect(Collectors.joining("; "));
                planProblems.add("From version " + definition.getVersion() + ": " + why);
                movable = Set.of();
            }
            Set<String> mapped = movable;
            for (ProcessInstance instance : source.getValue()) {
                List<String> waiting = waitingAt(engine.getRuntimeService().getActivityInstance(instance.getId()));
                List<String> unmapped = waiting.stream().filter(a -> !mapped.contains(a)).toList();
                if (unmapped.isEmpty()) {
                    canMove++;
                } else {
                    stuck.add(new CheckReport.Stuck(instance.getId(), instance.getBusinessKey(), source.getKey(),
                            waiting, "waits at " + String.join(", ", unmapped) + ", which the new version does not "
                            + "have (if it was renamed, map it in " + ModelFolder.MAPPINGS + ")"));
                }
            }
        }
        return new CheckReport.Migration(running.size(), canMove, stuck, planProblems);
    }

    /** Moves every running application that has a place in the new version, as one batch per old version. */
    private int[] migrate(String target, Map<String, String> mappings, List<String> batches) {
        int moved = 0;
        int left = 0;
        Map<String, List<ProcessInstance>> bySource = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProcessConstants.PROCESS_KEY).list().stream()
                .filter(instance -> !instance.getProcessDefinitionId().equals(target))
                .collect(Collectors.groupingBy(ProcessInstance::getProcessDefinitionId));
        for (Map.Entry<String, List<ProcessInstance>> source : bySource.entrySet()) {
            MigrationPlan plan;
            try {
                plan = plan(engine, source.getKey(), target, mappings);
            } catch (MigrationPlanValidationException e) {
                left += source.getValue().size();
                continue;
            }
            Set<String> sources = plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
                    .collect(Collectors.toSet());
            List<String> movable = new ArrayList<>();
            for (ProcessInstance instance : source.getValue()) {
                if (sources.containsAll(waitingAt(engine.getRuntimeService().getActivityInstance(instance.getId())))) {
                    movable.add(instance.getId());
                } else {
                    left++;
                }
            }
            if (!movable.isEmpty()) {
                // Timers, due dates, assignees and case notes stay: no event trigger is renewed.
                batches.add(engine.getRuntimeService().newMigration(plan).processInstanceIds(movable)
                        .executeAsync().getId());
                moved += movable.size();
            }
        }
        return new int[] {moved, left};
    }

    private static MigrationPlan plan(ProcessEngine engine, String source, String target, Map<String, String> mappings) {
        MigrationPlanBuilder builder = engine.getRuntimeService().createMigrationPlan(source, target)
                .mapEqualActivities();
        mappings.forEach(builder::mapActivities);
        return builder.build();
    }

    /** The activities an application waits in: the leaves of its activity tree, and asynchronous steps due. */
    static List<String> waitingAt(ActivityInstance root) {
        List<String> leaves = new ArrayList<>();
        if (root == null) {
            return leaves;
        }
        for (TransitionInstance transition : root.getChildTransitionInstances()) {
            leaves.add(transition.getActivityId());
        }
        for (ActivityInstance child : root.getChildActivityInstances()) {
            if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
                leaves.add(child.getActivityId());
            } else {
                leaves.addAll(waitingAt(child));
            }
        }
        return leaves;
    }

    /** A model (with its forms, as a real deployment holds them) on the throw-away engine. */
    private static String deployTo(ScratchEngine scratch, String name, byte[] model, Map<String, byte[]> forms) {
        var deployment = scratch.engine().getRepositoryService().createDeployment().name(name)
                .addInputStream(ModelFolder.MODEL, new ByteArrayInputStream(model));
        forms.forEach((file, bytes) -> deployment.addInputStream(file, new ByteArrayInputStream(bytes)));
        return deployment.deployWithResult()
                .getDeployedProcessDefinitions().stream()
                .filter(d -> d.getKey().equals(ProcessConstants.PROCESS_KEY)).findFirst()
                .orElseThrow(() -> new ModelProblem(ProcessConstants.PROCESS_KEY, "The model defines no process '"
                        + ProcessConstants.PROCESS_KEY + "'."))
                .getId();
    }

    /** Stand-ins for the delegates and listeners; the routing stand-in; the application's other beans. */
    private Object scratchBean(String name, ScenarioRunner.State state) {
        if ("reviewRouting".equals(name)) {
            return new ScenarioRunner.Routing(state);
        }
        if (!context.containsBean(name)) {
            return null;
        }
        Object bean = context.getBean(name);
        if (bean instanceof JavaDelegate || bean instanceof TaskListener || bean instanceof ExecutionListener) {
            return new ScenarioRunner.StandIn(name, state);
        }
        return bean;
    }

    private ModelRules.Beans ruleBeans(ModelFolder folder) {
        return ModelRules.beans(name -> context.containsBean(name) ? context.getBean(name) : null,
                formKey -> formExists(folder, formKey));
    }

    /**
     * A form key resolves to a file of the folder being checked, the one deployed with the model. A key of the
     * served kind ({@code embedded:/forms/}) may also name a form the application itself serves.
     */
    static boolean formExists(ModelFolder folder, String formKey) {
        String file = ModelRules.formFile(formKey);
        if (file == null) {
            return false;
        }
        return folder.forms().containsKey(file)
                || formKey.startsWith(ModelRules.SERVED_FORM) && new ClassPathResource("bpmn/" + file).exists();
    }

    private <T> T exclusively(Supplier<T> work) {
        if (!oneAtATime.tryAcquire()) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "process-model-busy",
                    "A check or deployment is running", "Another check or deployment of the process model is running "
                    + "on this server. Try again when it has finished.").retryAfter(Duration.ofSeconds(10));
        }
        try {
            return work.get();
        } finally {
            oneAtATime.release();
        }
    }

    static String summary(CheckReport report) {
        List<String> parts = new ArrayList<>();
        report.problems().forEach(p -> parts.add(p.element() + ": " + p.message()));
        report.scenarios().stream().filter(r -> !r.passed())
                .forEach(r -> parts.add("scenario '" + r.scenario() + "' (" + r.file() + "), " + r.failure()));
        parts.addAll(report.migration().planProblems());
        return parts.isEmpty() ? "The model passed its checks." : String.join("\n", parts);
    }
}
