package com.merchantonboarding.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of the guided form, each owning the top-level fields of {@code ApplicationData} it edits, so that a
 * requirement ({@code bankAccount.holderName}, {@code documents.BUSINESS_LICENSE}) is shown at its own step.
 */
enum Step {
    BUSINESS("business", List.of("legalName", "tradingName", "businessType", "registrationNumber", "country",
            "merchantCategoryCode", "website", "expectedMonthlyVolume", "contact")),
    REPRESENTATIVE("representative", List.of("legalRepresentative", "beneficialOwners")),
    BANK("bank", List.of("bankAccount")),
    PROVIDERS("providers", List.of("walletProviders", "paymentFeatures")),
    DOCUMENTS("documents", List.of("documents"));

    private final String slug;
    private final List<String> roots;

    Step(String slug, List<String> roots) {
        this.slug = slug;
        this.roots = roots;
    }

    public String slug() {
        return slug;
    }

    public int number() {
        return ordinal() + 1;
    }

    public boolean owns(String requirement) {
        return requirement != null && roots.contains(root(requirement));
    }

    public Optional<Step> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    static Optional<Step> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    static Optional<Step> owning(String requirement) {
        return Arrays.stream(values()).filter(s -> s.owns(requirement)).findFirst();
    }

    static String root(String path) {
        int end = path.length();
        for (char c : new char[] {'.', '['}) {
            int i = path.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return path.substring(0, end);
    }
}
