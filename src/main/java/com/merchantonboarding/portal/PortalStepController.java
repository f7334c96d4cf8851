package com.merchantonboarding.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.Applications;
import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.merchant.MerchantPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The four steps of fields (business, representative, bank account, providers). Each save merges the step into
 * the saved data and goes through {@link Applications#update}, after the API's own Bean Validation; refused
 * values are shown at their fields. {@code /check} answers the same validation as JSON, for checks as one types.
 */
@Controller
@RequestMapping("/portal/applications/{id}/steps")
class PortalStepController {

    private final Applications applications;
    private final ApplicationPages pages;
    private final SpringValidatorAdapter validator;
    private final MessageSource messages;
    private final ObjectMapper json;

    PortalStepController(Applications applications, ApplicationPages pages, Validator validator,
                         MessageSource messages, ObjectMapper json) {
        this.applications = applications;
        this.pages = pages;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/{slug:business|representative|bank|providers}")
    String show(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id, @PathVariable String slug,
                Locale locale, Model model) {
        Step step = step(slug);
        ApplicationPages.Page page = pages.load(merchant, id, locale, model);
        return render(step, FormValues.saved(page.view().data(), json), FieldProblems.none(), model);
    }

    @PostMapping("/{slug:business|representative|bank|providers}")
    String save(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id, @PathVariable String slug,
                @RequestParam(defaultValue = "save") String action, HttpServletRequest request,
                HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
        Step step = step(slug);
        ApplicationPages.Page page = pages.load(merchant, id, locale, model);
        Checked checked = check(step, page.application().getData(), request, locale);
        if (checked.problems().any()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return render(step, FormValues.sent(request.getParameterMap()), checked.problems(), model);
        }
        applications.update(merchant.merchantId(), id, checked.data());
        redirect.addFlashAttribute("saved", true);
        Step target = "next".equals(action) ? step.next().orElse(step) : step;
        return "redirect:/portal/applications/" + id + "/steps/" + target.slug();
    }

    @PostMapping(path = "/{slug:business|representative|bank|providers}/check",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> check(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                              @PathVariable String slug, HttpServletRequest request, Locale locale) {
        Step step = step(slug);
        ApplicationData saved = pages.load(merchant, id, locale).application().getData();
        return Map.of("problems", check(step, saved, request, locale).problems().all());
    }

    private record Checked(ApplicationData data, FieldProblems problems) {
    }

    /** Binds the step's form, merges it into the saved data and validates the result as the API would. */
    private Checked check(Step step, ApplicationData saved, HttpServletRequest request, Locale locale) {
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "data");
        binder.setTargetType(ResolvableType.forClass(StepForms.typeOf(step)));
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.construct(request);
        if (!(binder.getTarget() instanceof StepForms.Form form)) {
            return new Checked(null, FieldProblems.of(messages, locale, binder.getBindingResult()));
        }
        ApplicationData merged = form.applyTo(saved);
        BindingResult validation = new BeanPropertyBindingResult(merged, "data");
        validator.validate(merged, validation);
        return new Checked(merged, FieldProblems.of(messages, locale, binder.getBindingResult(), validation));
    }

    private static String render(Step step, FormValues values, FieldProblems problems, Model model) {
        model.addAttribute("step", step);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("businessTypes", ApplicationData.BusinessType.values());
        model.addAttribute("walletProviders", ApplicationData.WalletProvider.values());
        model.addAttribute("paymentFeatures", ApplicationData.PaymentFeature.values());
        return "portal/step-" + step.slug();
    }

    private static Step step(String slug) {
        return Step.bySlug(slug).orElseThrow(() -> ApiException.notFound("The step"));
    }
}
