package com.merchantonboarding.portal;

import com.merchantonboarding.application.Application;
import com.merchantonboarding.application.ApplicationView;
import com.merchantonboarding.application.ApplicationViews;
import com.merchantonboarding.application.Applications;
import com.merchantonboarding.merchant.MerchantPrincipal;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Loads what every page of one application shows: the merchant's own application (another merchant's is not
 * found), the view the API gives (masked, localized), and the feedback with what was touched since.
 */
@Component
class ApplicationPages {

    private final Applications applications;
    private final ApplicationViews views;
    private final Changes changes;

    ApplicationPages(Applications applications, ApplicationViews views, Changes changes) {
        this.applications = applications;
        this.views = views;
        this.changes = changes;
    }

    /** One application as a page shows it. */
    record Page(Application application, ApplicationView view, Feedback feedback) {
        boolean editable() {
            return view.status().isEditable();
        }
    }

    Page load(MerchantPrincipal merchant, UUID applicationId, Locale locale) {
        Application application = applications.get(merchant.merchantId(), applicationId);
        ApplicationView view = views.view(application, locale);
        return new Page(application, view, changes.feedback(application, view));
    }

    Page load(MerchantPrincipal merchant, UUID applicationId, Locale locale, Model model) {
        Page page = load(merchant, applicationId, locale);
        model.addAttribute("app", page.view());
        model.addAttribute("feedback", page.feedback());
        model.addAttribute("editable", page.editable());
        model.addAttribute("steps", Step.values());
        return page;
    }
}
