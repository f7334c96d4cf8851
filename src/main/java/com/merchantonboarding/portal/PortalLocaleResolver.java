package com.merchantonboarding.portal;

import com.merchantonboarding.common.Locales;
import com.merchantonboarding.merchant.MerchantPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a portal page: the one the visitor chose (a cookie), else the logged-in merchant's own, else
 * the browser's; always {@code en} or {@code zh-CN}. A logged-in merchant who chooses a language chooses it for
 * the account too: mails and other browsers follow. The start page ({@code /}) is treated as a portal page. Outside
 * {@code /portal} and {@code /} nothing changes: Spring's
 * Accept-Language resolution, as before this resolver existed (the API reads Accept-Language itself).
 */
final class PortalLocaleResolver implements LocaleResolver {

    static final String COOKIE = "portal-lang";

    private final CookieLocaleResolver portal = new CookieLocaleResolver(COOKIE);
    private final AcceptHeaderLocaleResolver elsewhere = new AcceptHeaderLocaleResolver();
    private final BiConsumer<UUID, Locale> accountLocale;

    /** {@code accountLocale} stores a logged-in merchant's choice with the account. */
    PortalLocaleResolver(PortalProperties properties, BiConsumer<UUID, Locale> accountLocale) {
        this.accountLocale = accountLocale;
        portal.setCookiePath("/portal");
        portal.setCookieMaxAge(properties.languageCookieAge());
        portal.setCookieHttpOnly(true);
        portal.setCookieSameSite("Lax");
        portal.setRejectInvalidCookies(true);
        portal.setDefaultLocaleFunction(PortalLocaleResolver::defaultLocale);
    }

    /** A portal page, or the start page ({@code /}), which has the portal's layout and languages. */
    static boolean isPortal(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") || path.equals("/portal") || path.startsWith("/portal/");
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return isPortal(request) ? Locales.normalize(portal.resolveLocale(request)) : elsewhere.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (isPortal(request)) {
            Locale chosen = locale == null ? null : Locales.normalize(locale);
            portal.setLocale(request, response, chosen);
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (chosen != null && authentication != null
                    && authentication.getPrincipal() instanceof MerchantPrincipal merchant) {
                accountLocale.accept(merchant.merchantId(), chosen);
            }
        }
    }

    private static Locale defaultLocale(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MerchantPrincipal merchant) {
            return Locales.normalize(merchant.locale());
        }
        return Locales.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
