package com.merchantonboarding.portal;

import com.merchantonboarding.merchant.MerchantPrincipal;
import com.merchantonboarding.security.LoginFailed;
import com.merchantonboarding.security.LoginThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Wrong two-step codes, counted by {@link LoginThrottle} under a scope of their own ({@value #SCOPE}): at login and
 * on the account page alike, so six digits cannot be guessed at speed whichever form they are sent to.
 */
@Component
class TwoStepThrottle {

    static final String SCOPE = LoginFailed.TWO_STEP_CODE;
    private static final Logger log = LoggerFactory.getLogger(TwoStepThrottle.class);

    private final LoginThrottle throttle;

    TwoStepThrottle(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /**
     * Seconds to wait (rounded up, at least one) before this merchant may try a code again, if any; when there is a
     * wait, the response's status is 429 with {@code Retry-After} already.
     */
    Optional<Long> waitSeconds(MerchantPrincipal merchant, HttpServletRequest request, HttpServletResponse response) {
        Optional<Duration> wait = throttle.waitBefore(SCOPE, account(merchant), request.getRemoteAddr());
        if (wait.isEmpty()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        log.warn("Two-step code of merchant {} from {} refused: too many wrong codes, {} s to wait",
                merchant.merchantId(), request.getRemoteAddr(), seconds);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return Optional.of(seconds);
    }

    void failed(MerchantPrincipal merchant, HttpServletRequest request) {
        log.info("Wrong two-step code for merchant {} from {}", merchant.merchantId(), request.getRemoteAddr());
        throttle.failed(SCOPE, account(merchant), request.getRemoteAddr());
    }

    void succeeded(MerchantPrincipal merchant, HttpServletRequest request) {
        throttle.succeeded(SCOPE, account(merchant), request.getRemoteAddr());
    }

    private static String account(MerchantPrincipal merchant) {
        return merchant.merchantId().toString();
    }
}
