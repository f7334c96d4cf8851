package com.merchantonboarding.process;

import com.merchantonboarding.application.Application;
import com.merchantonboarding.application.ApplicationStatus;
import com.merchantonboarding.application.ProcessSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_SendResubmissionReminder}: the deadline is near. Publishes
 * {@link ResubmissionReminderDue}; the notification feature mails the merchant.
 */
@Component("sendResubmissionReminderDelegate")
class SendResubmissionReminderDelegate extends StepDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendResubmissionReminderDelegate.class);

    private final ApplicationEventPublisher events;

    SendResubmissionReminderDelegate(ProcessSteps steps, ApplicationEventPublisher events) {
        super(steps);
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application application = steps.application(applicationId(execution));
        if (application.getStatus() != ApplicationStatus.CHANGES_REQUESTED) {
            // Resubmitted, expired or withdrawn in the meantime: nothing to remind of.
            return;
        }
        log.info("Resubmission reminder due for application {} (deadline {})", application.getId(),
                application.getRespondBy());
        events.publishEvent(new ResubmissionReminderDue(application.getId(), application.getMerchantId(),
                application.getReference(), application.getRespondBy()));
    }
}
