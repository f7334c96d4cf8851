package com.merchantonboarding.portal;

import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.ApplicationStatus;
import com.merchantonboarding.application.ApplicationView;
import com.merchantonboarding.application.ApplicationViews;
import com.merchantonboarding.application.Applications;
import com.merchantonboarding.application.Questions;
import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Problems;
import org.springframework.http.HttpStatus;
import com.merchantonboarding.merchant.MerchantPrincipal;
import com.merchantonboarding.merchant.TwoStepLogins;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The merchant's applications: the list, one application's overview, submitting, bank verification, wallet. */
@Controller
@RequestMapping("/portal")
class PortalApplicationController {

    /** Seconds between reloads of a page that waits for the process (screening, wallet activation). */
    static final int WAIT_REFRESH_SECONDS = 3;

    private final Applications applications;
    private final ApplicationPages pages;
    private final TwoStepLogins twoStep;
    private final PortalProperties properties;
    private final Questions questions;

    PortalApplicationController(Applications applications, ApplicationPages pages, TwoStepLogins twoStep,
                                PortalProperties properties, Questions questions) {
        this.applications = applications;
        this.pages = pages;
        this.twoStep = twoStep;
        this.properties = properties;
        this.questions = questions;
    }

    @GetMapping("")
    String portal() {
        return "redirect:/portal/";
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal MerchantPrincipal merchant, Model model) {
        model.addAttribute("applications", applications.list(merchant.merchantId()).stream()
                .map(ApplicationViews::summary).toList());
        return "portal/dashboard";
    }

    @PostMapping("/applications")
    String create(@AuthenticationPrincipal MerchantPrincipal merchant) {
        ApplicationData start = new ApplicationData(null, null, null, null, null, null, null, null,
                new ApplicationData.Contact(merchant.email(), null), null, null, null, null, null);
        UUID id = applications.create(merchant.merchantId(), start).getId();
        return "redirect:/portal/applications/" + id + "/steps/" + Step.BUSINESS.slug();
    }

    @GetMapping("/applications/{id}")
    String overview(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id, Locale locale,
                    Model model) {
        ApplicationPages.Page page = pages.load(merchant, id, locale, model);
        if (page.view().status() == ApplicationStatus.SUBMITTED) {
            model.addAttribute("refreshSeconds", WAIT_REFRESH_SECONDS);
        }
        model.addAttribute("questions", questions.thread(merchant.merchantId(), id));
        model.addAttribute("maxQuestion", Questions.MAX_QUESTION);
        model.addAttribute("maxOpenQuestions", Questions.MAX_OPEN);
        return "portal/application";
    }

    /** A question about the requested changes; a refusal is shown on the overview, with the text kept. */
    @PostMapping("/applications/{id}/questions")
    String ask(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id, String text,
               String requirement, RedirectAttributes redirect) {
        try {
            questions.ask(merchant.merchantId(), id, text, requirement);
            redirect.addFlashAttribute("questionAsked", true);
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("questionError", questionErrorKey(e));
            redirect.addFlashAttribute("questionText", text);
            redirect.addFlashAttribute("questionRequirement", requirement);
        }
        return "redirect:/portal/applications/" + id + "#questions";
    }

    /** The portal's message (portal_*.properties) for a refused question. */
    static String questionErrorKey(ApiException e) {
        if (e.slug().equals("not-awaiting-changes")) {
            return "question.error.notAwaiting";
        }
        if (e.slug().equals("too-many-open-questions")) {
            return "question.error.tooMany";
        }
        if (e.slug().equals("validation") && e.properties().get("errors") instanceof List<?> errors
                && !errors.isEmpty() && errors.get(0) instanceof Problems.FieldError error) {
            return switch (error.code()) {
                case "EMPTY" -> "question.error.empty";
                case "TOO_LONG" -> "question.error.tooLong";
                case "NOT_REQUESTED" -> "question.error.notRequested";
                default -> "question.error.invalid";
            };
        }
        return "question.error.retry";
    }

    @PostMapping("/applications/{id}/submit")
    String submit(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id, Locale locale,
                  RedirectAttributes redirect) {
        ApplicationPages.Page page = pages.load(merchant, id, locale);
        if (page.view().status() == ApplicationStatus.CHANGES_REQUESTED && !page.feedback().allTouched()) {
            redirect.addFlashAttribute("untouched", true);
            return "redirect:/portal/applications/" + id;
        }
        applications.submit(merchant.merchantId(), id);
        redirect.addFlashAttribute("submitted", true);
        return "redirect:/portal/applications/" + id;
    }

    @PostMapping("/applications/{id}/bank-verification")
    String verifyBankAccount(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                             String amount1, String amount2, RedirectAttributes redirect) {
        Applications.Verification result = applications.verifyBankAccount(merchant.merchantId(), id,
                List.of(amount1 == null ? "" : amount1.strip(), amount2 == null ? "" : amount2.strip()));
        if (result.verified()) {
            return "redirect:/portal/applications/" + id + "/wallet?activating";
        }
        redirect.addFlashAttribute("attemptsLeft", result.attemptsLeft());
        return "redirect:/portal/applications/" + id + "#bank-verification";
    }

    @GetMapping("/applications/{id}/wallet")
    String wallet(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                  @RequestParam(required = false) String activating, Locale locale, Model model) {
        ApplicationPages.Page page = pages.load(merchant, id, locale, model);
        ApplicationStatus status = page.view().status();
        if (status == ApplicationStatus.APPROVED && activating != null) {
            // Verified and waiting for the wallet to be activated (an asynchronous step of the process).
            model.addAttribute("refreshSeconds", WAIT_REFRESH_SECONDS);
        } else if (status != ApplicationStatus.LIVE) {
            return "redirect:/portal/applications/" + id;
        }
        model.addAttribute("twoStepMissing", twoStepMissing(merchant));
        return "portal/wallet";
    }

    @GetMapping("/applications/{id}/wallet/qr.png")
    ResponseEntity<byte[]> qrCode(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                                  Locale locale) {
        ApplicationView.Wallet wallet = pages.load(merchant, id, locale).view().wallet();
        if (wallet == null || wallet.qrCodePayload() == null) {
            throw ApiException.notFound("The wallet");
        }
        if (twoStepMissing(merchant)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).cacheControl(CacheControl.noStore()).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(QrCodes.png(wallet.qrCodePayload()));
    }

    /** The wallet's link and QR code wait for two-step login when the setting asks for it (PortalProperties). */
    private boolean twoStepMissing(MerchantPrincipal merchant) {
        return properties.twoStepRequiredForWallet() && !twoStep.enabled(merchant.merchantId());
    }
}
