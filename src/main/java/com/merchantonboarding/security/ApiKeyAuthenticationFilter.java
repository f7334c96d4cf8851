package com.merchantonboarding.security;

import com.merchantonboarding.merchant.MerchantAccounts;
import com.merchantonboarding.merchant.MerchantPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates merchant API calls by {@code Authorization: Bearer <apiKey>}. */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String MERCHANT_ROLE = "ROLE_MERCHANT";

    private final MerchantAccounts accounts;

    ApiKeyAuthenticationFilter(MerchantAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<MerchantPrincipal> merchant = accounts.authenticateKey(header.substring(7).trim());
            merchant.ifPresent(m -> SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(m, null,
                            List.of(new SimpleGrantedAuthority(MERCHANT_ROLE)))));
        }
        chain.doFilter(request, response);
    }
}
