package com.merchantonboarding.portal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The sign-up form: the constraints of the API's sign-up ({@code POST /api/v1/merchants}); the password's rules are
 * {@link com.merchantonboarding.merchant.PasswordRules}, checked by the controller.
 */
record SignUpForm(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank String password,
        @NotBlank @Size(max = 200) String displayName) {
}
