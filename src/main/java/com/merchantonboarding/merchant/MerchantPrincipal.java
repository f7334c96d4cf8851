package com.merchantonboarding.merchant;

import java.util.Locale;
import java.util.UUID;

/** The authenticated merchant of a request, whatever the way in (API key or portal session). */
public record MerchantPrincipal(UUID merchantId, String email, Locale locale) {
}
