package com.merchantonboarding.application;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Locales;
import com.merchantonboarding.documents.Document;
import com.merchantonboarding.documents.DocumentType;
import com.merchantonboarding.documents.Documents;
import com.merchantonboarding.merchant.MerchantPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The merchant API of spec/merchant-api.md. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications")
@SecurityRequirement(name = "apiKey")
class ApplicationController {

    private final Applications applications;
    private final ApplicationViews views;
    private final Documents documents;
    private final Idempotency idempotency;

    ApplicationController(Applications applications, ApplicationViews views, Documents documents,
                          Idempotency idempotency) {
        this.applications = applications;
        this.views = views;
        this.documents = documents;
        this.idempotency = idempotency;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a draft application (every field optional)")
    ApplicationView create(@AuthenticationPrincipal MerchantPrincipal merchant,
                           @Valid @RequestBody(required = false) ApplicationData data,
                           @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        return views.view(applications.create(merchant.merchantId(), data), Locales.fromAcceptLanguage(language));
    }

    @GetMapping
    @Operation(summary = "The caller's applications, newest first")
    List<ApplicationView.Summary> list(@AuthenticationPrincipal MerchantPrincipal merchant) {
        return applications.list(merchant.merchantId()).stream().map(ApplicationViews::summary).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application")
    ApplicationView get(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                        @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        return views.view(applications.get(merchant.merchantId(), id), Locales.fromAcceptLanguage(language));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace the working copy (DRAFT or CHANGES_REQUESTED)")
    ApplicationView update(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                           @Valid @RequestBody ApplicationData data,
                           @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        return views.view(applications.update(merchant.merchantId(), id, data), Locales.fromAcceptLanguage(language));
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a document; its type is judged by its bytes")
    ApplicationView.DocumentView upload(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                                        @RequestParam("type") DocumentType type,
                                        @RequestPart("file") MultipartFile file) throws IOException {
        Document document = applications.upload(merchant.merchantId(), id, type, file.getOriginalFilename(),
                file.getBytes());
        return new ApplicationView.DocumentView(document.getId(), document.getType(), document.getFilename(),
                document.getSize(), document.getDetectedMediaType(), document.getUploadedAt(),
                new ApplicationView.Inspection("PENDING", List.of()));
    }

    @GetMapping("/{id}/documents/{documentId}/content")
    @Operation(summary = "The stored bytes of a document")
    ResponseEntity<byte[]> content(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                                   @PathVariable UUID documentId) {
        applications.get(merchant.merchantId(), id);
        Document document = documents.get(id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getDetectedMediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.getFilename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(documents.content(document));
    }

    @DeleteMapping("/{id}/documents/{documentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a document from the working copy")
    void delete(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                @PathVariable UUID documentId) {
        applications.removeDocument(merchant.merchantId(), id, documentId);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit (DRAFT) or resubmit (CHANGES_REQUESTED); screening runs afterwards")
    ResponseEntity<?> submit(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                             @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
                             @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
                             @RequestBody(required = false) String body) {
        Locale locale = Locales.fromAcceptLanguage(language);
        String request = "POST /api/v1/applications/" + id + "/submit\n" + (body == null ? "" : body);
        return idempotency.run(merchant.merchantId(), idempotencyKey, request, HttpStatus.ACCEPTED,
                () -> views.view(applications.submit(merchant.merchantId(), id), locale));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw an application that is not final")
    ApplicationView withdraw(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                             @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        return views.view(applications.withdraw(merchant.merchantId(), id), Locales.fromAcceptLanguage(language));
    }

    record VerificationRequest(@NotNull @Size(min = 2, max = 2, message = "must hold the two amounts") List<String> amounts) {
    }

    @PostMapping("/{id}/bank-account/verification")
    @Operation(summary = "Confirm the two micro-deposit amounts")
    ApplicationView verifyBankAccount(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                                      @Valid @RequestBody VerificationRequest request,
                                      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        Applications.Verification result = applications.verifyBankAccount(merchant.merchantId(), id, request.amounts());
        if (!result.verified()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "wrong-amounts", "Wrong amounts",
                    result.attemptsLeft() > 0
                            ? "The amounts do not match the deposits. " + result.attemptsLeft() + " attempts left."
                            : "The amounts did not match three times. Correct the bank account and resubmit.")
                    .with("attemptsLeft", result.attemptsLeft());
        }
        return views.view(result.application(), Locales.fromAcceptLanguage(language));
    }
}
