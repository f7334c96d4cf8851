package com.merchantonboarding.portal;

import com.merchantonboarding.merchant.MerchantPrincipal;
import com.merchantonboarding.merchant.TwoStepLogins;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-step login in the merchant's account: enrolment (QR code and secret, switched on by a code, recovery codes
 * shown once), and, once on, new recovery codes or switching it off, each only with a fresh code. Wrong codes count
 * towards the same throttle as at login.
 */
@Controller
@RequestMapping("/portal/account/two-step")
class TwoStepAccountController {

    private static final String PAGE = "portal/two-step";

    private final TwoStepLogins twoStep;
    private final TwoStepThrottle throttle;

    TwoStepAccountController(TwoStepLogins twoStep, TwoStepThrottle throttle) {
        this.twoStep = twoStep;
        this.throttle = throttle;
    }

    @GetMapping
    String page(@AuthenticationPrincipal MerchantPrincipal merchant, Model model) {
        fill(merchant, model);
        return PAGE;
    }

    /** The enrolment's QR code: the {@code otpauth://} URI for an authenticator app; 404 once enrolled. */
    @GetMapping("/qr.png")
    ResponseEntity<byte[]> qrCode(@AuthenticationPrincipal MerchantPrincipal merchant) {
        Optional<TwoStepLogins.Enrolment> enrolment = twoStep.enrolment(merchant.merchantId());
        if (enrolment.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(QrCodes.png(enrolment.get().uri()));
    }

    @PostMapping("/confirm")
    String confirm(@AuthenticationPrincipal MerchantPrincipal merchant, @RequestParam(required = false) String code,
                   HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
                   Model model) {
        return withCode(merchant, request, response, redirect, model,
                () -> twoStep.confirm(merchant.merchantId(), code),
                codes -> {
                    redirect.addFlashAttribute("recoveryCodes", codes);
                    redirect.addFlashAttribute("enabled", true);
                    return "redirect:/portal/account/two-step";
                });
    }

    @PostMapping("/recovery-codes")
    String renewRecoveryCodes(@AuthenticationPrincipal MerchantPrincipal merchant,
                              @RequestParam(required = false) String code, HttpServletRequest request,
                              HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return withCode(merchant, request, response, redirect, model,
                () -> twoStep.renewRecoveryCodes(merchant.merchantId(), code),
                codes -> {
                    redirect.addFlashAttribute("recoveryCodes", codes);
                    return "redirect:/portal/account/two-step";
                });
    }

    @PostMapping("/disable")
    String disable(@AuthenticationPrincipal MerchantPrincipal merchant, @RequestParam(required = false) String code,
                   HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
                   Model model) {
        return withCode(merchant, request, response, redirect, model,
                () -> twoStep.disable(merchant.merchantId(), code) ? Optional.of(List.<String>of()) : Optional.empty(),
                none -> {
                    redirect.addFlashAttribute("disabled", true);
                    return "redirect:/portal/account/two-step";
                });
    }

    /** Runs a change that needs a code, unless the merchant must wait; a wrong code counts as a failure. */
    private String withCode(MerchantPrincipal merchant, HttpServletRequest request, HttpServletResponse response,
                            RedirectAttributes redirect, Model model,
                            Supplier<Optional<List<String>>> change,
                            Function<List<String>, String> done) {
        Optional<Long> wait = throttle.waitSeconds(merchant, request, response);
        if (wait.isPresent()) {
            model.addAttribute("throttledSeconds", wait.get());
            fill(merchant, model);
            return PAGE;
        }
        Optional<List<String>> result = change.get();
        if (result.isPresent()) {
            throttle.succeeded(merchant, request);
            return done.apply(result.get());
        }
        throttle.failed(merchant, request);
        throttle.waitSeconds(merchant, request, response)
                .ifPresentOrElse(seconds -> model.addAttribute("throttledSeconds", seconds),
                        () -> model.addAttribute("wrongCode", true));
        fill(merchant, model);
        return PAGE;
    }

    private void fill(MerchantPrincipal merchant, Model model) {
        TwoStepLogins.Status status = twoStep.status(merchant.merchantId());
        model.addAttribute("status", status);
        if (!status.enabled()) {
            model.addAttribute("enrolment", twoStep.enrolment(merchant.merchantId()).orElseThrow());
        }
    }
}
