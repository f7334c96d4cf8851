package com.merchantonboarding.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.merchant.MerchantAccounts;
import com.merchantonboarding.merchant.MerchantPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates merchant API calls by {@code Authorization: Bearer <apiKey>}, and slows down key guessing: wrong
 * keys are counted by client address and by the presented key's prefix ({@link FailureBuckets}, in the database).
 * While an address has had too many, any key from it answers {@code 429} with {@code Retry-After}, checked before
 * the key is looked at (so a throttled guess learns nothing). Too many wrong keys with one prefix answer {@code 429}
 * too, but only for wrong keys: the real key with that prefix keeps working, so knowing a merchant's prefix (their
 * key list shows it) is no way to cut off their integration.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String MERCHANT_ROLE = "ROLE_MERCHANT";
    /** Wrong keys from one address: 20 at once, then one every 30 s (the bucket refills over 10 minutes). */
    static final FailureBuckets.Limit BY_ADDRESS = new FailureBuckets.Limit("api-key-address", 20,
            Duration.ofMinutes(10), true);
    /** Wrong keys with one prefix, from any address: 10 at once, then one a minute. */
    static final FailureBuckets.Limit BY_PREFIX = new FailureBuckets.Limit("api-key-prefix", 10,
            Duration.ofMinutes(10), true);
    /** Keys are {@code mo_} and 40 characters; their first 8 characters are shown to their owner. */
    static final int PREFIX_LENGTH = 8;

    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticationFilter.class);

    private final MerchantAccounts accounts;
    private final FailureBuckets buckets;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;

    ApiKeyAuthenticationFilter(MerchantAccounts accounts, FailureBuckets buckets, ApplicationEventPublisher events,
                               ObjectMapper json) {
        this.accounts = accounts;
        this.buckets = buckets;
        this.events = events;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String address = request.getRemoteAddr();
            Optional<Duration> wait = buckets.waitBefore(BY_ADDRESS, address);
            if (wait.isPresent()) {
                log.warn("API call {} {} from {} refused: too many wrong API keys from this address",
                        request.getMethod(), request.getRequestURI(), address);
                ProblemResponses.tooManyFailures(json, response, wait.get(),
                        "Too many requests with a wrong API key came from this address.");
                return;
            }
            String key = header.substring(7).trim();
            Optional<MerchantPrincipal> merchant = accounts.authenticateKey(key);
            if (merchant.isPresent()) {
                SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                        merchant.get(), null, List.of(new SimpleGrantedAuthority(MERCHANT_ROLE))));
            } else if (wrongKey(request, response, key, address)) {
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Counts a wrong key; true when the answer (429) has been written. */
    private boolean wrongKey(HttpServletRequest request, HttpServletResponse response, String key, String address)
            throws IOException {
        buckets.failed(BY_ADDRESS, address);
        String prefix = prefix(key);
        if (prefix == null) {
            return false;
        }
        Optional<Duration> wait = buckets.waitBefore(BY_PREFIX, prefix);
        events.publishEvent(new LoginFailed(LoginFailed.API_KEY, prefix, address));
        if (wait.isPresent()) {
            log.warn("API call {} {} from {} refused: too many wrong API keys starting with {}", request.getMethod(),
                    request.getRequestURI(), address, prefix);
            ProblemResponses.tooManyFailures(json, response, wait.get(),
                    "Too many requests with a wrong API key starting with these characters.");
            return true;
        }
        buckets.failed(BY_PREFIX, prefix);
        return false;
    }

    /** The shown part of a key that looks like one of ours, else null. */
    static String prefix(String key) {
        return key != null && key.startsWith("mo_") && key.length() >= PREFIX_LENGTH && key.length() <= 100
                ? key.substring(0, PREFIX_LENGTH) : null;
    }
}
