package com.merchantonboarding.processmodel;

import com.merchantonboarding.process.ProcessConstants;
import com.merchantonboarding.review.ReviewTasks;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.BeanWrapperImpl;

/**
 * The checks a changed model must pass before it is deployed, each naming the element it concerns: it parses;
 * every id and message of spec/process.md is still there, with its type; every delegate, listener and bean an
 * expression names exists and is of the right kind; every form key names a form of the folder; every timer gives a valid ISO 8601
 * duration, date or cycle; every user task is one officers can work ({@link ReviewTasks}).
 */
final class ModelRules {

    /** The elements of spec/process.md that the code, Tasklist filters and outside clients rely on. */
    static final Map<String, Class<? extends FlowNode>> REQUIRED = Map.ofEntries(
            Map.entry("StartEvent_ApplicationSubmitted", org.camunda.bpm.model.bpmn.instance.StartEvent.class),
            Map.entry("ServiceTask_InspectDocuments", ServiceTask.class),
            Map.entry("BusinessRuleTask_ScreenApplication", BusinessRuleTask.class),
            Map.entry(ProcessConstants.TASK_REVIEW, UserTask.class),
            Map.entry(ProcessConstants.TASK_SECOND_REVIEW, UserTask.class),
            Map.entry(ProcessConstants.TASK_ANSWER_QUESTION, UserTask.class),
            Map.entry("ReceiveTask_AwaitResubmission", org.camunda.bpm.model.bpmn.instance.ReceiveTask.class),
            Map.entry("ReceiveTask_AwaitBankVerification", org.camunda.bpm.model.bpmn.instance.ReceiveTask.class),
            Map.entry("ServiceTask_ActivateWallet", ServiceTask.class),
            Map.entry("EndEvent_ApplicationRejected", org.camunda.bpm.model.bpmn.instance.EndEvent.class),
            Map.entry("EndEvent_ApplicationExpired", org.camunda.bpm.model.bpmn.instance.EndEvent.class),
            Map.entry("EndEvent_WalletLive", org.camunda.bpm.model.bpmn.instance.EndEvent.class));
    static final Set<String> ASYNC = Set.of("ServiceTask_InspectDocuments", "BusinessRuleTask_ScreenApplication");
    /** The external-task topics the application's workers fetch (process/InspectionWorker). */
    static final Set<String> TOPICS = Set.of(ProcessConstants.TOPIC_INSPECT_DOCUMENTS);
    static final Set<String> MESSAGES = Set.of(ProcessConstants.MSG_RESUBMITTED, ProcessConstants.MSG_BANK_VERIFIED,
            ProcessConstants.MSG_BANK_VERIFICATION_FAILED, ProcessConstants.MSG_WITHDRAWN,
            ProcessConstants.MSG_QUESTION_ASKED);
    /** Names an expression may use besides beans: the engine's own and the variables of spec/process.md. */
    static final Set<String> EXPRESSION_NAMES = Set.of("execution", "task", "authenticatedUserId", "now",
            "dateTime", ProcessConstants.VAR_APPLICATION_ID, ProcessConstants.VAR_REVISION,
            ProcessConstants.VAR_SCREENING_OUTCOME, ProcessConstants.VAR_RISK_LEVEL, ProcessConstants.VAR_DECISION,
            ProcessConstants.VAR_REVIEW_COMMENT, ProcessConstants.VAR_REQUESTED_CHANGES,
            ProcessConstants.VAR_FIRST_REVIEWER, "true", "false", "null", "empty", "not");

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([A-Za-z_]\\w*)(?=\\s*[.(=!<>&|)}\\s]|$)");
    private static final Pattern PROPERTY = Pattern.compile("\\s*([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)\\s*");

    /** A form deployed with the model: {@code embedded:deployment:forms/review-application.html}. */
    static final String DEPLOYED_FORM = "embedded:deployment:";
    /**
     * A form served by the application at {@code /forms/} (review/FormsWebConfiguration): how versions deployed
     * before the forms were deployed with the model name their forms. Still accepted; new versions use
     * {@link #DEPLOYED_FORM}.
     */
    static final String SERVED_FORM = "embedded:/forms/";

    /** One thing wrong, by element id (or file). */
    record Finding(String element, String message) {
    }

    /** What the checks need to know of the running application. */
    interface Beans {
        Object bean(String name);

        boolean formExists(String formKey);
    }

    private ModelRules() {
    }

    static BpmnModelInstance parse(byte[] model) {
        try {
            return Bpmn.readModelFromStream(new ByteArrayInputStream(model));
        } catch (ModelException e) {
            throw new ModelProblem(ModelFolder.MODEL, "The model cannot be read: " + e.getMessage());
        }
    }

    static List<Finding> check(BpmnModelInstance model, Beans beans) {
        List<Finding> findings = new ArrayList<>();
        Process process = model.getModelElementById(ProcessConstants.PROCESS_KEY);
        if (!(process instanceof Process) || !process.isExecutable()) {
            findings.add(new Finding(ProcessConstants.PROCESS_KEY, "The model must define the executable process '"
                    + ProcessConstants.PROCESS_KEY + "' (spec/process.md)."));
        }
        REQUIRED.forEach((id, type) -> {
            ModelElementInstance element = model.getModelElementById(id);
            if (element == null) {
                findings.add(new Finding(id, "The element " + id + " is missing; Tasklist, the code and outside "
                        + "clients rely on it (spec/process.md). Keep its id when you move or rename it."));
            } else if (!type.isInstance(element)) {
                findings.add(new Finding(id, id + " must stay a " + type.getSimpleName() + ", not a "
                        + element.getElementType().getTypeName() + "."));
            }
        });
        for (String id : ASYNC) {
            if (model.getModelElementById(id) instanceof FlowNode node && !node.isCamundaAsyncBefore()
                    && !isExternal(node)) {
                findings.add(new Finding(id, id + " must run asynchronously ('Asynchronous before', or an external "
                        + "task): it is slow and retried on failure."));
            }
        }
        Set<String> messages = new java.util.HashSet<>();
        model.getModelElementsByType(Message.class).forEach(m -> messages.add(m.getName()));
        for (String name : MESSAGES) {
            if (!messages.contains(name)) {
                findings.add(new Finding(name, "The message '" + name + "' is missing; the merchant API sends it."));
            }
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (isExternal(task) && !TOPICS.contains(task.getCamundaTopic())) {
                findings.add(new Finding(task.getId(), task.getId() + " is an external task of the topic '"
                        + task.getCamundaTopic() + "', which no worker of the application fetches; the topics are "
                        + String.join(", ", TOPICS) + "."));
            }
            delegate(task, task.getCamundaDelegateExpression(), task.getCamundaClass(), task.getCamundaExpression(),
                    JavaDelegate.class, beans, findings);
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            delegate(task, task.getCamundaDelegateExpression(), task.getCamundaClass(), task.getCamundaExpression(),
                    JavaDelegate.class, beans, findings);
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            BaseElement owner = owner(listener);
            delegate(owner, listener.getCamundaDelegateExpression(), listener.getCamundaClass(),
                    listener.getCamundaExpression(), TaskListener.class, beans, findings);
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            BaseElement owner = owner(listener);
            delegate(owner, listener.getCamundaDelegateExpression(), listener.getCamundaClass(),
                    listener.getCamundaExpression(), ExecutionListener.class, beans, findings);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String formKey = task.getCamundaFormKey();
            if (formKey == null || formKey.isBlank()) {
                findings.add(new Finding(task.getId(), "The user task " + task.getId() + " has no form key."));
            } else if (formFile(formKey) == null) {
                findings.add(new Finding(task.getId(), "The form key " + formKey + " of " + task.getId()
                        + " does not name a form of the model folder: write " + DEPLOYED_FORM
                        + "forms/<file>.html for a file of bpmn/forms/."));
            } else if (!beans.formExists(formKey)) {
                findings.add(new Finding(task.getId(), "The form " + formKey + " of " + task.getId()
                        + " does not exist: there is no " + formFile(formKey) + " in the model folder (forms live "
                        + "in bpmn/forms/ and are deployed with the model)."));
            }
            if (!ReviewTasks.describes(task.getId())) {
                findings.add(new Finding(task.getId(), "The user task " + task.getId() + " is not one officers can "
                        + "work: who may complete it and which variables its form sets are described in code "
                        + "(review/ReviewTasks), so a new user task needs a developer."));
            }
            expressions(task, java.util.Arrays.asList(task.getCamundaDueDate(), task.getCamundaCandidateGroups(),
                    task.getCamundaAssignee(), task.getCamundaFollowUpDate(), task.getCamundaPriority()), beans,
                    findings);
        }
        for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
            expressions(owner(condition), java.util.Arrays.asList(condition.getTextContent()), beans, findings);
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            timer(owner(timer), timer, beans, findings);
        }
        return findings;
    }

    private static void delegate(BaseElement element, String delegateExpression, String className,
                                 String expression, Class<?> kind, Beans beans, List<Finding> findings) {
        String id = element == null ? "?" : element.getId();
        if (className != null) {
            findings.add(new Finding(id, id + " names the Java class " + className + "; use a delegate bean "
                    + "(delegate expression ${name}) so the step runs inside the application."));
        }
        if (delegateExpression != null) {
            Matcher bean = Pattern.compile("\\$\\{\\s*([A-Za-z_]\\w*)\\s*}").matcher(delegateExpression);
            if (!bean.matches()) {
                findings.add(new Finding(id, id + ": the delegate expression '" + delegateExpression
                        + "' must name one bean, as ${inspectDocumentsDelegate}."));
                return;
            }
            Object found = beans.bean(bean.group(1));
            if (found == null) {
                findings.add(new Finding(id, id + " names the delegate '" + bean.group(1) + "', which does not "
                        + "exist."));
            } else if (!kind.isInstance(found)) {
                findings.add(new Finding(id, id + ": '" + bean.group(1) + "' is not a " + kind.getSimpleName()
                        + "."));
            }
        }
        if (expression != null) {
            expressions(element, List.of(expression), beans, findings);
        }
    }

    /** Every name an expression starts from must be a bean, a variable of the contract or the engine's own. */
    static void expressions(BaseElement element, Collection<String> texts, Beans beans, List<Finding> findings) {
        String id = element == null ? "?" : element.getId();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher expression = EXPRESSION.matcher(text);
            while (expression.find()) {
                String body = expression.group(1).replaceAll("'[^']*'|\"[^\"]*\"", "''");
                Matcher name = IDENTIFIER.matcher(body);
                while (name.find()) {
                    String identifier = name.group(1);
                    if (!EXPRESSION_NAMES.contains(identifier) && !isOperator(identifier)
                            && beans.bean(identifier) == null) {
                        findings.add(new Finding(id, id + ": the expression " + expression.group()
                                + " uses '" + identifier + "', which is neither a bean nor a process variable of "
                                + "spec/process.md."));
                    }
                }
            }
        }
    }

    private static boolean isExternal(FlowNode node) {
        return node instanceof ServiceTask task && "external".equals(task.getCamundaType());
    }

    private static boolean isOperator(String word) {
        return Set.of("and", "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof").contains(word);
    }

    private static void timer(BaseElement owner, TimerEventDefinition timer, Beans beans, List<Finding> findings) {
        String id = owner == null ? "?" : owner.getId();
        ModelElementInstance definition = timer.getTimeDuration() != null ? timer.getTimeDuration()
                : timer.getTimeCycle() != null ? timer.getTimeCycle() : timer.getTimeDate();
        if (definition == null) {
            findings.add(new Finding(id, "The timer of " + id + " has no duration, date or cycle."));
            return;
        }
        String text = definition.getTextContent() == null ? "" : definition.getTextContent().trim();
        String value = text;
        Matcher expression = EXPRESSION.matcher(text);
        if (expression.matches()) {
            Matcher property = PROPERTY.matcher(expression.group(1));
            if (!property.matches()) {
                expressions(owner, List.of(text), beans, findings);
                return;
            }
            Object bean = beans.bean(property.group(1));
            if (bean == null) {
                findings.add(new Finding(id, "The timer of " + id + " uses '" + property.group(1)
                        + "', which is not a bean."));
                return;
            }
            try {
                value = String.valueOf(new BeanWrapperImpl(bean).getPropertyValue(property.group(2)));
            } catch (RuntimeException e) {
                findings.add(new Finding(id, "The timer of " + id + " reads '" + property.group(2) + "', which '"
                        + property.group(1) + "' does not have."));
                return;
            }
        }
        Predicate<String> valid = timer.getTimeDate() != null && definition == timer.getTimeDate()
                ? ModelRules::isDate : ModelRules::isDurationOrCycle;
        if (!valid.test(value)) {
            findings.add(new Finding(id, "The timer of " + id + " gives '" + value + "', which is not an ISO 8601 "
                    + (definition == timer.getTimeDate() ? "date" : "duration or cycle") + " (for example P30D)."));
        }
    }

    private static boolean isDurationOrCycle(String value) {
        try {
            new DurationHelper(value).getDateAfter();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        try {
            java.time.OffsetDateTime.parse(value);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The file of the model folder a form key names, as a resource name ({@code forms/review-application.html}),
     * or null when the key names no file of {@code forms/}.
     */
    static String formFile(String formKey) {
        String file = formKey.startsWith(DEPLOYED_FORM) ? formKey.substring(DEPLOYED_FORM.length())
                : formKey.startsWith(SERVED_FORM) ? ModelFolder.FORMS + formKey.substring(SERVED_FORM.length())
                : null;
        if (file == null || !file.startsWith(ModelFolder.FORMS) || file.contains("..") || file.contains("\\")
                || file.length() == ModelFolder.FORMS.length()) {
            return null;
        }
        return file;
    }

    private static BaseElement owner(ModelElementInstance element) {
        ModelElementInstance current = element.getParentElement();
        while (current != null && !(current instanceof FlowNode || current instanceof
                org.camunda.bpm.model.bpmn.instance.SequenceFlow)) {
            current = current.getParentElement();
        }
        return (BaseElement) current;
    }

    /** The beans of a Spring context, and the forms of the model folder being checked. */
    static Beans beans(Function<String, Object> lookup, Predicate<String> forms) {
        return new Beans() {
            @Override
            public Object bean(String name) {
                return lookup.apply(name);
            }

            @Override
            public boolean formExists(String formKey) {
                return forms.test(formKey);
            }
        };
    }
}
