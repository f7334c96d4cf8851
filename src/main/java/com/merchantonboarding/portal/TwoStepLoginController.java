package com.merchantonboarding.portal;

import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.merchant.MerchantPrincipal;
import com.merchantonboarding.merchant.TwoStepLogins;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of a login with two-step login: the code from the authenticator app, or a recovery code. Only a
 * session whose password was right reaches it ({@link TwoStepPending}, see {@link PortalSecurity}); the right code
 * turns it into the merchant's session (with a new session id), wrong ones are throttled.
 */
@Controller
@RequestMapping(PortalSecurity.CODE)
class TwoStepLoginController {

    private final TwoStepLogins twoStep;
    private final TwoStepThrottle throttle;
    private final SecurityContextRepository securityContexts;
    private final RequestCache savedRequests = new HttpSessionRequestCache();

    TwoStepLoginController(TwoStepLogins twoStep, TwoStepThrottle throttle,
                           SecurityContextRepository portalSecurityContextRepository) {
        this.twoStep = twoStep;
        this.throttle = throttle;
        this.securityContexts = portalSecurityContextRepository;
    }

    @GetMapping
    String page(@AuthenticationPrincipal TwoStepPending pending, HttpServletRequest request,
                HttpServletResponse response) {
        if (pending.expired(Clocks.now())) {
            return startAgain(request, response);
        }
        return "portal/login-code";
    }

    @PostMapping
    String code(@AuthenticationPrincipal TwoStepPending pending, @RequestParam(required = false) String code,
                HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        if (pending.expired(Clocks.now())) {
            return startAgain(request, response);
        }
        MerchantPrincipal merchant = pending.merchant();
        Optional<Long> wait = throttle.waitSeconds(merchant, request, response);
        if (wait.isPresent()) {
            model.addAttribute("throttledSeconds", wait.get());
            return "portal/login-code";
        }
        TwoStepLogins.Check check = twoStep.check(merchant.merchantId(), code);
        if (check == TwoStepLogins.Check.WRONG) {
            throttle.failed(merchant, request);
            Optional<Long> now = throttle.waitSeconds(merchant, request, response);
            now.ifPresent(seconds -> model.addAttribute("throttledSeconds", seconds));
            model.addAttribute("wrongCode", now.isEmpty());
            return "portal/login-code";
        }
        throttle.succeeded(merchant, request);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(merchant, null,
                MerchantPasswordAuthentication.MERCHANT));
        request.changeSessionId();
        SecurityContextHolder.setContext(context);
        securityContexts.saveContext(context, request, response);
        if (check == TwoStepLogins.Check.RECOVERY_CODE) {
            redirect.addFlashAttribute("recoveryCodesLeft", twoStep.status(merchant.merchantId()).recoveryCodesLeft());
            return "redirect:/portal/account/two-step";
        }
        SavedRequest saved = savedRequests.getRequest(request, response);
        if (saved != null) {
            savedRequests.removeRequest(request, response);
            return "redirect:" + saved.getRedirectUrl();
        }
        return "redirect:/portal/";
    }

    /** Too long since the password: the session is dropped and the login starts again. */
    private String startAgain(HttpServletRequest request, HttpServletResponse response) {
        SecurityContextHolder.clearContext();
        securityContexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        return "redirect:/portal/login?expired";
    }
}
