package com.merchantonboarding.application;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.documents.Document;
import com.merchantonboarding.documents.DocumentType;
import com.merchantonboarding.documents.Documents;
import com.merchantonboarding.process.OnboardingProcess;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The merchant's actions on applications. Each is one transaction with the process engine's work. */
@Service
public class Applications {

    private static final Logger log = LoggerFactory.getLogger(Applications.class);

    private final ApplicationRepository applications;
    private final ApplicationRevisionRepository revisions;
    private final Documents documents;
    private final OnboardingProcess process;
    private final ReferenceNumbers references;

    Applications(ApplicationRepository applications, ApplicationRevisionRepository revisions, Documents documents,
                 OnboardingProcess process, ReferenceNumbers references) {
        this.applications = applications;
        this.revisions = revisions;
        this.documents = documents;
        this.process = process;
        this.references = references;
    }

    @Transactional
    public Application create(UUID merchantId, ApplicationData data) {
        var now = Clocks.now();
        Application application = applications.save(new Application(merchantId, references.next(now), data, now));
        log.info("Application {} ({}) created by merchant {}", application.getId(), application.getReference(), merchantId);
        return application;
    }

    @Transactional(readOnly = true)
    public List<Application> list(UUID merchantId) {
        return applications.findByMerchantIdOrderByUpdatedAtDesc(merchantId);
    }

    /** The merchant's own application; another merchant's is reported as not found, and logged. */
    @Transactional(readOnly = true)
    public Application get(UUID merchantId, UUID applicationId) {
        return applications.findByIdAndMerchantId(applicationId, merchantId).orElseThrow(() -> {
            if (applications.existsById(applicationId)) {
                log.warn("Merchant {} asked for application {} of another merchant: answered 404", merchantId,
                        applicationId);
            }
            return ApiException.notFound("The application");
        });
    }

    @Transactional
    public Application update(UUID merchantId, UUID applicationId, ApplicationData data) {
        Application application = get(merchantId, applicationId);
        application.update(data, Clocks.now());
        return applications.saveAndFlush(application);
    }

    @Transactional
    public Document upload(UUID merchantId, UUID applicationId, DocumentType type, String filename, byte[] bytes) {
        Application application = get(merchantId, applicationId);
        requireEditable(application, "upload documents");
        Document document = documents.upload(applicationId, type, filename, bytes);
        touch(application);
        return document;
    }

    @Transactional
    public void removeDocument(UUID merchantId, UUID applicationId, UUID documentId) {
        Application application = get(merchantId, applicationId);
        requireEditable(application, "delete documents");
        documents.remove(applicationId, documentId);
        touch(application);
    }

    /**
     * Submits the working copy as a new immutable revision and hands it to the process: the first
     * submission starts it, a resubmission is the message it waits for.
     */
    @Transactional
    public Application submit(UUID merchantId, UUID applicationId) {
        Application application = get(merchantId, applicationId);
        boolean resubmission = application.isResubmission();
        var now = Clocks.now();
        int revision = application.submit(now);
        Set<UUID> documentIds = documents.current(applicationId).stream().map(Document::getId)
                .collect(Collectors.toSet());
        // The version check first: of two racing submissions, the second fails here with a retriable 409.
        applications.saveAndFlush(application);
        revisions.save(new ApplicationRevision(applicationId, revision, application.getData(), documentIds, now));
        if (resubmission) {
            process.resubmitted(applicationId, revision);
        } else {
            process.start(applicationId, revision);
        }
        log.info("Application {} submitted as revision {} with {} documents", applicationId, revision,
                documentIds.size());
        return application;
    }

    @Transactional
    public Application withdraw(UUID merchantId, UUID applicationId) {
        Application application = get(merchantId, applicationId);
        if (application.getStatus().isFinal()) {
            throw ApiException.conflict("The application is already " + application.getStatus()
                    + " and cannot be withdrawn.");
        }
        application.withdraw(Clocks.now());
        applications.saveAndFlush(application);
        if (process.isRunning(applicationId)) {
            process.withdrawn(applicationId);
        }
        log.info("Application {} withdrawn by the merchant", applicationId);
        return application;
    }

    /** The result of a micro-deposit confirmation. */
    public record Verification(Application application, boolean verified, int attemptsLeft) {
    }

    @Transactional(noRollbackFor = ApiException.class)
    public Verification verifyBankAccount(UUID merchantId, UUID applicationId, List<String> amounts) {
        Application application = get(merchantId, applicationId);
        boolean verified = application.confirmDeposits(amounts, Clocks.now());
        int attemptsLeft = application.attemptsLeft();
        applications.saveAndFlush(application);
        if (verified) {
            process.bankAccountVerified(applicationId);
            log.info("Bank account of application {} verified", applicationId);
        } else if (attemptsLeft == 0) {
            process.bankAccountVerificationFailed(applicationId);
            log.info("Bank account verification of application {} failed three times", applicationId);
        }
        return new Verification(application, verified, attemptsLeft);
    }

    private void requireEditable(Application application, String action) {
        if (!application.getStatus().isEditable()) {
            throw new ApiException(HttpStatus.CONFLICT, "invalid-status", "Not allowed in this status",
                    "You cannot " + action + " in status " + application.getStatus()
                            + "; only in DRAFT or CHANGES_REQUESTED.");
        }
    }

    private void touch(Application application) {
        // Bumps the version, so a concurrent submission of the same application is detected.
        application.update(application.getData(), Clocks.now());
        applications.saveAndFlush(application);
    }
}
