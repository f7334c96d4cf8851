package com.merchantonboarding.portal;

import com.merchantonboarding.merchant.MerchantAccounts;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The portal's login: the merchant's email and password, the same account as the API. */
final class MerchantPasswordAuthentication implements AuthenticationProvider {

    static final List<GrantedAuthority> MERCHANT = List.of(new SimpleGrantedAuthority("ROLE_MERCHANT"));

    private final MerchantAccounts accounts;

    MerchantPasswordAuthentication(MerchantAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName() == null ? "" : authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        return accounts.authenticatePassword(email, password)
                .map(merchant -> (Authentication) UsernamePasswordAuthenticationToken.authenticated(merchant, null,
                        MERCHANT))
                .orElseThrow(() -> new BadCredentialsException("Wrong email or password"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
