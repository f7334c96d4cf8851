package com.merchantonboarding.review;

import com.merchantonboarding.application.Application;
import com.merchantonboarding.application.ApplicationRepository;
import com.merchantonboarding.application.ApplicationView;
import com.merchantonboarding.application.ApplicationViews;
import com.merchantonboarding.application.Question;
import com.merchantonboarding.application.Questions;
import com.merchantonboarding.common.Locales;
import com.merchantonboarding.merchant.Merchant;
import com.merchantonboarding.merchant.MerchantRepository;
import com.merchantonboarding.portal.RequirementLabels;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What officers see of a merchant's questions: the thread (in the dossier and on the answer task), and, on the answer
 * task, only what the merchant already sees of the request (the requested items with the texts the merchant reads,
 * the overall message, the deadline): no screening or inspection internals, so none get copied into an answer.
 */
@Component
class QuestionThreads {

    /** A question as officers see it: with who answered. */
    record Entry(UUID id, int revision, String requirement, String question, Instant askedAt, String state,
                 String answer, String answeredBy, Instant answeredAt) {

        static Entry of(Question q) {
            return new Entry(q.getId(), q.getRevision(), q.getRequirement(), q.getQuestion(), q.getAskedAt(),
                    q.getState().name(), q.getAnswer(), q.getAnsweredBy(), q.getAnsweredAt());
        }
    }

    /** An item the merchant was asked to change, as the merchant reads it. */
    record RequestedItem(String requirement, String label, String code, String reason) {
    }

    /** The answer task's form: the question it answers, the request as the merchant sees it, and the thread. */
    record QuestionTask(UUID applicationId, String reference, String status, int revision, String merchantLocale,
                        UUID questionId, List<RequestedItem> requested, String officerMessage, Instant respondBy,
                        List<Entry> thread, int maxAnswer) {
    }

    private final Questions questions;
    private final ApplicationRepository applications;
    private final ApplicationViews views;
    private final MerchantRepository merchants;
    private final RequirementLabels labels;

    QuestionThreads(Questions questions, ApplicationRepository applications, ApplicationViews views,
                    MerchantRepository merchants, RequirementLabels labels) {
        this.questions = questions;
        this.applications = applications;
        this.views = views;
        this.merchants = merchants;
        this.labels = labels;
    }

    @Transactional(readOnly = true)
    List<Entry> thread(UUID applicationId) {
        return questions.thread(applicationId).stream().map(Entry::of).toList();
    }

    @Transactional(readOnly = true)
    QuestionTask task(UUID applicationId, String taskId, Locale officerLocale) {
        Application application = applications.findById(applicationId).orElseThrow();
        Locale merchantLocale = Locales.normalize(merchants.findById(application.getMerchantId())
                .map(Merchant::getLocale).orElse(Locale.ENGLISH));
        ApplicationView view = views.view(application, merchantLocale);
        ApplicationView.Requirements requirements = view.requirements();
        List<ApplicationView.RequirementError> errors = requirements == null ? List.of() : requirements.errors();
        List<String> paths = errors.stream().map(ApplicationView.RequirementError::requirement)
                .filter(r -> r != null).distinct().toList();
        Map<String, String> named = labels.of(paths, Locales.normalize(officerLocale)).stream()
                .collect(Collectors.toMap(RequirementLabels.Label::requirement, RequirementLabels.Label::label,
                        (a, b) -> a));
        List<RequestedItem> requested = errors.stream()
                .map(e -> new RequestedItem(e.requirement(), e.requirement() == null ? null
                        : named.getOrDefault(e.requirement(), e.requirement()), e.code(), e.reason()))
                .toList();
        UUID questionId = questions.forTask(taskId).map(Question::getId).orElse(null);
        return new QuestionTask(application.getId(), application.getReference(), application.getStatus().name(),
                application.getRevision(), merchantLocale.toLanguageTag(), questionId, requested,
                requirements == null ? null : requirements.message(),
                requirements == null ? null : requirements.respondBy(), thread(applicationId), Questions.MAX_ANSWER);
    }
}
