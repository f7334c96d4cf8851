package com.merchantonboarding.portal;

import com.merchantonboarding.merchant.MerchantPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The principal of a session whose password was right and whose two-step code is still to come. Its only authority
 * opens the code page; every other portal page needs {@code ROLE_MERCHANT}, which only the code gives.
 */
record TwoStepPending(MerchantPrincipal merchant, Instant since) {

    static final String AUTHORITY = "TWO_STEP_PENDING";
    static final List<GrantedAuthority> PENDING = List.of(new SimpleGrantedAuthority(AUTHORITY));
    /** After this long without the code the password must be given again. */
    static final Duration EXPIRES_AFTER = Duration.ofMinutes(10);

    static Authentication authentication(MerchantPrincipal merchant, Instant now) {
        return UsernamePasswordAuthenticationToken.authenticated(new TwoStepPending(merchant, now), null, PENDING);
    }

    boolean expired(Instant now) {
        return !since.plus(EXPIRES_AFTER).isAfter(now);
    }

    /** Names the merchant by id only: log lines carry no email. */
    @Override
    public String toString() {
        return "TwoStepPending[" + merchant.merchantId() + "]";
    }
}
