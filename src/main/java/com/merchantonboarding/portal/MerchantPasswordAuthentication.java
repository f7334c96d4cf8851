package com.merchantonboarding.portal;

import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.merchant.MerchantAccounts;
import com.merchantonboarding.merchant.TwoStepLogins;
import com.merchantonboarding.security.LoginThrottle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The portal's login: the merchant's email and password, the same account as the API, throttled by
 * {@link LoginThrottle} (the wait is checked before the password, so a blocked try reveals nothing). A merchant with
 * two-step login gets a {@link TwoStepPending} authentication here, which opens only the code page
 * ({@link TwoStepLoginController}); the merchant's own authentication follows the code.
 */
final class MerchantPasswordAuthentication implements AuthenticationProvider {

    static final List<GrantedAuthority> MERCHANT = List.of(new SimpleGrantedAuthority("ROLE_MERCHANT"));

    static final String SCOPE = "portal";
    private static final Logger log = LoggerFactory.getLogger(MerchantPasswordAuthentication.class);

    private final MerchantAccounts accounts;
    private final LoginThrottle throttle;
    private final TwoStepLogins twoStep;

    MerchantPasswordAuthentication(MerchantAccounts accounts, LoginThrottle throttle, TwoStepLogins twoStep) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.twoStep = twoStep;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName() == null ? "" : authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Optional<Duration> wait = throttle.waitBefore(SCOPE, email, address);
        if (wait.isPresent()) {
            log.warn("Portal login from {} refused: too many failed attempts, {} s to wait", address,
                    wait.get().toSeconds() + 1);
            throw new LoginThrottledException(wait.get());
        }
        Optional<Authentication> signedIn = accounts.authenticatePassword(email, password)
                .map(merchant -> twoStep.enabled(merchant.merchantId())
                        ? TwoStepPending.authentication(merchant, Clocks.now())
                        : UsernamePasswordAuthenticationToken.authenticated(merchant, null, MERCHANT));
        if (signedIn.isEmpty()) {
            throttle.failed(SCOPE, email, address);
            throw new BadCredentialsException("Wrong email or password");
        }
        throttle.succeeded(SCOPE, email, address);
        return signedIn.get();
    }

    /** A login refused before the password was looked at, with how long to wait. */
    static final class LoginThrottledException extends AuthenticationException {

        private final Duration wait;

        LoginThrottledException(Duration wait) {
            super("Too many failed logins; try again later");
            this.wait = wait;
        }

        /** Whole seconds, rounded up, at least one. */
        long retryAfterSeconds() {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
