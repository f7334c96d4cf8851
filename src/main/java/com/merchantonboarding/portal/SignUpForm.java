package com.merchantonboarding.portal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The sign-up form: the constraints of the API's sign-up ({@code POST /api/v1/merchants}). */
record SignUpForm(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(min = 12, max = 200) String password,
        @NotBlank @Size(max = 200) String displayName) {
}
