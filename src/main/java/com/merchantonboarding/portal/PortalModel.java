package com.merchantonboarding.portal;

import com.merchantonboarding.merchant.MerchantPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every portal page: who is logged in and the page's own path. */
@ControllerAdvice(basePackageClasses = PortalModel.class)
class PortalModel {

    @ModelAttribute
    void layout(HttpServletRequest request, Model model) {
        populate(request, model);
    }

    /** Also called by the error handler, whose model the advice does not fill. */
    static void populate(HttpServletRequest request, Model model) {
        model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("merchant", authentication != null
                && authentication.getPrincipal() instanceof MerchantPrincipal merchant ? merchant : null);
    }
}
