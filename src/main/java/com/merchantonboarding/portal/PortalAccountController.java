package com.merchantonboarding.portal;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.merchant.MerchantAccounts;
import com.merchantonboarding.merchant.MerchantPrincipal;
import com.merchantonboarding.merchant.PasswordRules;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Log in, sign up (the first API key shown once; the password's rules are {@link PasswordRules}, with the reason
 * shown at the field), and the merchant's API keys.
 */
@Controller
@RequestMapping("/portal")
class PortalAccountController {

    static final String THROTTLED_SECONDS = PortalAccountController.class.getName() + ".throttledSeconds";

    private final MerchantAccounts accounts;
    private final SecurityContextRepository securityContexts;
    private final MessageSource messages;

    PortalAccountController(MerchantAccounts accounts, SecurityContextRepository portalSecurityContextRepository,
                      MessageSource messages) {
        this.accounts = accounts;
        this.securityContexts = portalSecurityContextRepository;
        this.messages = messages;
    }

    /** The login page after a throttled login (PortalSecurity forwards here, the status is already 429). */
    @RequestMapping("/login/throttled")
    String throttled(HttpServletRequest request, Model model) {
        Object seconds = request.getAttribute(THROTTLED_SECONDS);
        if (seconds == null) {
            return "redirect:/portal/login";
        }
        model.addAttribute("throttledSeconds", seconds);
        return "portal/login";
    }

    @GetMapping("/login")
    String login(@AuthenticationPrincipal MerchantPrincipal merchant) {
        return merchant != null ? "redirect:/portal/" : "portal/login";
    }

    /** Where Spring Security forwards a refused request (any method): see {@link PortalSecurity}. */
    @RequestMapping("/denied")
    ModelAndView denied(HttpServletRequest request, HttpServletResponse response) {
        return PortalExceptionHandler.page(HttpStatus.FORBIDDEN, "denied", request, response);
    }

    @GetMapping("/signup")
    String signUpPage(Model model) {
        model.addAttribute("form", new SignUpForm(null, null, null));
        model.addAttribute("problems", FieldProblems.none());
        return "portal/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult binding, Locale locale,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
                  Model model) {
        if (!binding.hasFieldErrors("password") && form.password() != null) {
            PasswordRules.check(form.password(), form.email(), form.displayName()).ifPresent(problem ->
                    binding.rejectValue("password", "PasswordRules." + problem.key(),
                            new Object[] {PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH}, problem.english()));
        }
        if (!binding.hasErrors()) {
            try {
                MerchantAccounts.SignUp signUp = accounts.signUp(form.email(), form.password(), form.displayName(),
                        locale);
                logIn(form.email(), form.password(), request, response);
                redirect.addFlashAttribute("newKey", signUp.apiKey());
                redirect.addFlashAttribute("welcome", true);
                return "redirect:/portal/keys";
            } catch (ApiException e) {
                if (!"email-taken".equals(e.slug())) {
                    throw e;
                }
                binding.rejectValue("email", "emailTaken");
            }
        }
        model.addAttribute("form", new SignUpForm(form.email(), null, form.displayName()));
        model.addAttribute("problems", FieldProblems.of(messages, locale, binding));
        return "portal/signup";
    }

    @GetMapping("/keys")
    String keys(@AuthenticationPrincipal MerchantPrincipal merchant, Model model) {
        model.addAttribute("keys", accounts.keys(merchant.merchantId()));
        return "portal/keys";
    }

    record NewKeyForm(@Size(max = 100) String label) {
    }

    @PostMapping("/keys")
    String createKey(@AuthenticationPrincipal MerchantPrincipal merchant, @Valid NewKeyForm form,
                     BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("labelTooLong", true);
            return "redirect:/portal/keys";
        }
        String label = form.label() == null || form.label().isBlank() ? null : form.label().strip();
        redirect.addFlashAttribute("newKey", accounts.createKey(merchant.merchantId(), label));
        return "redirect:/portal/keys";
    }

    @PostMapping("/keys/{keyId}/revoke")
    String revokeKey(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID keyId,
                     RedirectAttributes redirect) {
        accounts.revokeKey(merchant.merchantId(), keyId);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/portal/keys";
    }

    /** Signs the new merchant in, as the login form would (a new session id, the context in the session). */
    private void logIn(String email, String password, HttpServletRequest request, HttpServletResponse response) {
        MerchantPrincipal principal = accounts.authenticatePassword(email, password).orElseThrow();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                MerchantPasswordAuthentication.MERCHANT));
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContextHolder.setContext(context);
        securityContexts.saveContext(context, request, response);
    }
}
