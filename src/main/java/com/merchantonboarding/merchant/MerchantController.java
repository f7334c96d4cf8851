package com.merchantonboarding.merchant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/merchants")
@Tag(name = "Merchants")
class MerchantController {

    private final MerchantAccounts accounts;

    MerchantController(MerchantAccounts accounts) {
        this.accounts = accounts;
    }

    record SignUpRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Schema(minLength = PasswordRules.MIN_LENGTH, maxLength = PasswordRules.MAX_LENGTH,
                    description = "12 to 64 characters, any printable ones and spaces; common passwords, repetitions, "
                            + "sequences and the email or name are refused (checked by MerchantAccounts.signUp)")
            String password,
            @NotBlank @Size(max = 200) String displayName,
            @Pattern(regexp = "en|zh-CN", message = "must be en or zh-CN") String locale) {
    }

    record SignUpResponse(UUID merchantId, String apiKey) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign up a merchant", description = "Returns the first API key; it is shown this once.")
    SignUpResponse signUp(@Valid @RequestBody SignUpRequest request) {
        Locale locale = Locale.forLanguageTag(request.locale() == null ? "en" : request.locale());
        MerchantAccounts.SignUp result = accounts.signUp(request.email(), request.password(), request.displayName(), locale);
        return new SignUpResponse(result.merchantId(), result.apiKey());
    }
}
