package com.merchantonboarding.portal;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.merchant.MerchantPrincipal;
import com.merchantonboarding.paymentissue.PaymentIssue;
import com.merchantonboarding.paymentissue.PaymentIssueKind;
import com.merchantonboarding.paymentissue.PaymentIssueView;
import com.merchantonboarding.paymentissue.PaymentIssues;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customers' payment problems in the portal, for live merchants: report one (with a screenshot), see the reports
 * with their status and outcome, supply what the checks asked for. Over {@link PaymentIssues}, as the API.
 */
@Controller
@RequestMapping("/portal/payment-issues")
class PortalPaymentIssueController {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(\\.\\d{1,2})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final PaymentIssues issues;
    private final PortalProperties properties;
    private final MessageSource messages;

    PortalPaymentIssueController(PaymentIssues issues, PortalProperties properties, MessageSource messages) {
        this.issues = issues;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("")
    String list(@AuthenticationPrincipal MerchantPrincipal merchant, Model model) {
        model.addAttribute("issues", issues.list(merchant.merchantId()).stream().map(PaymentIssueView::summary).toList());
        model.addAttribute("providers", issues.liveProviders(merchant.merchantId()));
        model.addAttribute("kinds", PaymentIssueKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new LinkedHashMap<>(Map.of("currency", "CNY")));
        }
        return "portal/payment-issues";
    }

    @PostMapping("")
    String report(@AuthenticationPrincipal MerchantPrincipal merchant, @RequestParam Map<String, String> form,
                  @RequestParam(value = "evidence", required = false) MultipartFile evidence, Locale locale,
                  RedirectAttributes redirect) throws IOException {
        List<String> problems = new ArrayList<>();
        PaymentIssueKind kind = parse(form.get("kind"), PaymentIssueKind.class);
        if (kind == null) {
            problems.add(text("paymentIssue.problem.kind", locale));
        }
        String provider = form.getOrDefault("walletProvider", "");
        if (!issues.liveProviders(merchant.merchantId()).contains(provider)) {
            problems.add(text("paymentIssue.problem.walletProvider", locale));
        }
        Instant occurredAt = null;
        try {
            occurredAt = LocalDateTime.parse(form.getOrDefault("occurredAt", "")).atZone(properties.timeZone())
                    .toInstant();
        } catch (DateTimeParseException e) {
            problems.add(text("paymentIssue.problem.occurredAt", locale));
        }
        String amount = form.getOrDefault("amount", "").strip();
        if (!AMOUNT.matcher(amount).matches()) {
            problems.add(text("paymentIssue.problem.amount", locale));
        }
        String currency = form.getOrDefault("currency", "").strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            problems.add(text("paymentIssue.problem.currency", locale));
        }
        String reference = form.getOrDefault("paymentReference", "").strip();
        if (!reference.isEmpty() && !REFERENCE.matcher(reference).matches()) {
            problems.add(text("paymentIssue.problem.paymentReference", locale));
        }
        String description = form.getOrDefault("description", "").strip();
        if (description.length() > 2000) {
            problems.add(text("paymentIssue.problem.description", locale));
        }
        if (problems.isEmpty()) {
            List<PaymentIssues.Upload> uploads = evidence == null || evidence.isEmpty() ? List.of()
                    : List.of(new PaymentIssues.Upload(evidence.getOriginalFilename(), evidence.getBytes()));
            try {
                PaymentIssue issue = issues.report(merchant.merchantId(), new PaymentIssue.Report(kind, provider,
                        occurredAt, amount, currency, reference, description), uploads);
                redirect.addFlashAttribute("reported", issue.getReference());
                return "redirect:/portal/payment-issues/" + issue.getId();
            } catch (ApiException e) {
                problems.add(refusal(e, locale));
            }
        }
        Map<String, String> kept = new LinkedHashMap<>(form);
        kept.remove("_csrf");
        redirect.addFlashAttribute("form", kept);
        redirect.addFlashAttribute("problems", problems);
        return "redirect:/portal/payment-issues#report";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id, Locale locale,
                Model model) {
        model.addAttribute("issue", issues.view(issues.get(merchant.merchantId(), id), locale));
        return "portal/payment-issue";
    }

    @PostMapping("/{id}/information")
    String supply(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                  @RequestParam(value = "paymentReference", required = false) String reference,
                  @RequestParam(value = "evidence", required = false) MultipartFile evidence, Locale locale,
                  RedirectAttributes redirect) throws IOException {
        String trimmed = reference == null ? "" : reference.strip();
        if (!trimmed.isEmpty() && !REFERENCE.matcher(trimmed).matches()) {
            redirect.addFlashAttribute("problems", List.of(text("paymentIssue.problem.paymentReference", locale)));
            return "redirect:/portal/payment-issues/" + id;
        }
        try {
            if (evidence != null && !evidence.isEmpty()) {
                issues.addEvidence(merchant.merchantId(), id,
                        new PaymentIssues.Upload(evidence.getOriginalFilename(), evidence.getBytes()));
            }
            issues.supply(merchant.merchantId(), id, trimmed.isEmpty() ? null : trimmed, null, null);
            redirect.addFlashAttribute("supplied", true);
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("problems", List.of(refusal(e, locale)));
        }
        return "redirect:/portal/payment-issues/" + id;
    }

    /** A refusal of the service in the merchant's language: a text per problem type, the detail otherwise. */
    private String refusal(ApiException e, Locale locale) {
        String specific = messages.getMessage("paymentIssue.refused." + e.slug(), null, null, locale);
        if (specific == null) {
            specific = messages.getMessage("upload.refused." + e.slug(), new Object[] {e.getMessage(), null, null, null},
                    null, locale);
        }
        return specific != null ? specific : messages.getMessage("upload.refused.other",
                new Object[] {e.getMessage(), null, null, null}, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static <E extends Enum<E>> E parse(String value, Class<E> type) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
