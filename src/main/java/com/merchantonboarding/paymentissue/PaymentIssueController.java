package com.merchantonboarding.paymentissue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.Idempotency;
import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Locales;
import com.merchantonboarding.merchant.MerchantPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Customers' payment problems in the merchant API ({@code docs/payment-issues-api.md}). */
@RestController
@RequestMapping("/api/v1/payment-issues")
@Tag(name = "Payment issues")
@SecurityRequirement(name = "apiKey")
class PaymentIssueController {

    static final String REFERENCE_CHARACTERS = "[A-Za-z0-9_-]{1,64}";

    private final PaymentIssues issues;
    private final Idempotency idempotency;
    private final ObjectMapper json;
    private final Validator validator;

    PaymentIssueController(PaymentIssues issues, Idempotency idempotency, ObjectMapper json, Validator validator) {
        this.issues = issues;
        this.idempotency = idempotency;
        this.json = json;
        this.validator = validator;
    }

    /** A report as the merchant sends it. */
    record ReportRequest(
            @NotNull PaymentIssueKind kind,
            @NotNull ApplicationData.WalletProvider walletProvider,
            @NotNull Instant occurredAt,
            @NotNull @Valid ApplicationData.Money amount,
            @Pattern(regexp = REFERENCE_CHARACTERS, message = "must be 1 to 64 letters, digits, '-' or '_'")
            String paymentReference,
            @Size(max = 2000) String description) {

        PaymentIssue.Report report() {
            if (amount.amount() == null || amount.currency() == null) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                        "amount: needs amount and currency");
            }
            return new PaymentIssue.Report(kind, walletProvider.name(), occurredAt, amount.amount(),
                    amount.currency(), paymentReference, description);
        }
    }

    /** What the merchant supplies when asked; every field optional. */
    record InformationRequest(
            @Pattern(regexp = REFERENCE_CHARACTERS, message = "must be 1 to 64 letters, digits, '-' or '_'")
            String paymentReference,
            Instant occurredAt,
            @Pattern(regexp = "\\d{1,15}(\\.\\d{1,2})?", message = "must be a decimal string such as 80.00")
            String amount) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report a customer's payment problem (live merchants); Idempotency-Key recommended")
    ResponseEntity<?> report(@AuthenticationPrincipal MerchantPrincipal merchant,
                             @Valid @RequestBody ReportRequest request,
                             @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
                             @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        Locale locale = Locales.fromAcceptLanguage(language);
        return idempotency.run(merchant.merchantId(), idempotencyKey, "POST /api/v1/payment-issues\n" + write(request),
                HttpStatus.CREATED, () -> issues.view(issues.report(merchant.merchantId(), request.report(), List.of()),
                        locale));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Report with evidence: part 'report' (JSON) and up to five 'evidence' files")
    ResponseEntity<?> reportWithEvidence(@AuthenticationPrincipal MerchantPrincipal merchant,
                                         @RequestPart("report") String reportJson,
                                         @RequestPart(value = "evidence", required = false) List<MultipartFile> files,
                                         @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
                                         @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language)
            throws IOException {
        ReportRequest request = readReport(reportJson);
        List<PaymentIssues.Upload> uploads = new ArrayList<>();
        StringBuilder fingerprint = new StringBuilder("POST /api/v1/payment-issues (multipart)\n").append(write(request));
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            byte[] bytes = file.getBytes();
            uploads.add(new PaymentIssues.Upload(file.getOriginalFilename(), bytes));
            fingerprint.append('\n').append(sha256(bytes));
        }
        Locale locale = Locales.fromAcceptLanguage(language);
        return idempotency.run(merchant.merchantId(), idempotencyKey, fingerprint.toString(), HttpStatus.CREATED,
                () -> issues.view(issues.report(merchant.merchantId(), request.report(), uploads), locale));
    }

    @GetMapping
    @Operation(summary = "The caller's reports, newest first")
    List<PaymentIssueView.Summary> list(@AuthenticationPrincipal MerchantPrincipal merchant) {
        return issues.list(merchant.merchantId()).stream().map(PaymentIssueView::summary).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One report")
    PaymentIssueView get(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                         @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        return issues.view(issues.get(merchant.merchantId(), id), Locales.fromAcceptLanguage(language));
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an evidence file (JPEG, PNG or PDF, judged by its bytes)")
    PaymentIssueView.Evidence addEvidence(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                                          @RequestPart("file") MultipartFile file) throws IOException {
        PaymentIssueEvidence added = issues.addEvidence(merchant.merchantId(), id,
                new PaymentIssues.Upload(file.getOriginalFilename(), file.getBytes()));
        return new PaymentIssueView.Evidence(added.getId(), added.getFilename(), added.getSize(),
                added.getDetectedMediaType(), added.getUploadedAt());
    }

    @GetMapping("/{id}/evidence/{evidenceId}/content")
    @Operation(summary = "The stored bytes of an evidence file")
    ResponseEntity<byte[]> evidenceContent(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                                           @PathVariable UUID evidenceId) {
        issues.get(merchant.merchantId(), id);
        PaymentIssueEvidence file = issues.evidenceFile(id, evidenceId);
        return content(file, issues.evidenceContent(id, file));
    }

    @PostMapping("/{id}/information")
    @Operation(summary = "Supply what the checks asked for (INFORMATION_REQUIRED); the report is checked again")
    PaymentIssueView supply(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                            @Valid @RequestBody(required = false) InformationRequest request,
                            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        InformationRequest supplied = request == null ? new InformationRequest(null, null, null) : request;
        return issues.view(issues.supply(merchant.merchantId(), id, supplied.paymentReference(),
                supplied.occurredAt(), supplied.amount()), Locales.fromAcceptLanguage(language));
    }

    static ResponseEntity<byte[]> content(PaymentIssueEvidence file, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getDetectedMediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFilename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    private ReportRequest readReport(String reportJson) {
        ReportRequest request;
        try {
            request = json.readValue(reportJson, ReportRequest.class);
        } catch (JsonProcessingException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
                    "The part 'report' is not a valid report: " + e.getOriginalMessage());
        }
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<com.merchantonboarding.common.Problems.FieldError> errors = violations.stream()
                    .map(v -> new com.merchantonboarding.common.Problems.FieldError(v.getPropertyPath().toString(),
                            v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                            v.getMessage()))
                    .sorted(java.util.Comparator.comparing(com.merchantonboarding.common.Problems.FieldError::field))
                    .toList();
            throw new ApiException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")))
                    .with("errors", errors);
        }
        return request;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
