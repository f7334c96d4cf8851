package com.merchantonboarding.application;

import com.merchantonboarding.merchant.MerchantPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Questions about requested changes and their answers (docs/merchant-questions.md; not part of spec v1's table). */
@RestController
@RequestMapping("/api/v1/applications/{id}/questions")
@Tag(name = "Questions")
@SecurityRequirement(name = "apiKey")
class QuestionController {

    private final Questions questions;

    QuestionController(Questions questions) {
        this.questions = questions;
    }

    /** {@code text}: plain text, at most {@value Questions#MAX_QUESTION} characters; {@code requirement}: optional. */
    record QuestionRequest(@NotNull(message = "must not be empty")
                           @Size(max = 4 * Questions.MAX_QUESTION, message = "is too long") String text,
                           @Size(max = 100, message = "is too long") String requirement) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask a question about the requested changes (only in CHANGES_REQUESTED)")
    QuestionView ask(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                     @Valid @RequestBody QuestionRequest request) {
        return QuestionView.of(questions.ask(merchant.merchantId(), id, request.text(), request.requirement()));
    }

    @GetMapping
    @Operation(summary = "The questions about this application and their answers, oldest first")
    List<QuestionView> list(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id) {
        return questions.thread(merchant.merchantId(), id);
    }
}
