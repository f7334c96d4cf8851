package com.merchantonboarding.screening;

import com.merchantonboarding.application.ApplicationData.WalletProvider;
import com.merchantonboarding.screening.facts.CurrencyRate;
import com.merchantonboarding.screening.facts.MerchantCategory;
import com.merchantonboarding.screening.facts.PilotRegistrationNumber;
import com.merchantonboarding.screening.facts.ProviderAvailability;
import com.merchantonboarding.screening.facts.SupportedCountry;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The analysts' tables under {@code rules/tables/}, loaded once per rule base. Rows are immutable facts,
 * so one row object is inserted into many concurrent sessions.
 */
public final class PolicyTables {

    static final String CATEGORIES = "tables/merchant-categories.csv";
    static final String COUNTRIES = "tables/countries.csv";
    static final String PROVIDERS = "tables/wallet-providers.csv";
    static final String RATES = "tables/currency-rates.csv";
    static final String PILOT_NUMBERS = "tables/pilot-registration-numbers.csv";
    static final List<String> FILES = List.of(CATEGORIES, COUNTRIES, PROVIDERS, RATES, PILOT_NUMBERS);

    /** In {@code wallet-providers.csv}: the provider is offered in every supported country. */
    static final String EVERY_COUNTRY = "*";

    private final Map<String, MerchantCategory> categories = new LinkedHashMap<>();
    private final Map<String, SupportedCountry> countries = new LinkedHashMap<>();
    private final Map<String, ProviderAvailability> availability = new LinkedHashMap<>();
    private final Map<String, CurrencyRate> rates = new LinkedHashMap<>();
    private final Map<String, PilotRegistrationNumber> pilotNumbers = new LinkedHashMap<>();

    private PolicyTables() {
    }

    /** Parses the tables from their bytes by relative path; every problem is reported with file and line. */
    static PolicyTables parse(Map<String, byte[]> files, List<String> problems) {
        PolicyTables tables = new PolicyTables();
        read(files, CATEGORIES, problems, new String[] {"code", "name", "treatment", "permit_required"}, row -> {
            String code = row.get("code");
            if (!code.matches("\\d{4}")) {
                problems.add(row.where() + ": code '" + code + "' is not a 4-digit ISO 18245 code");
                return;
            }
            String treatment = row.get("treatment").toUpperCase(Locale.ROOT);
            if (!Set.of(MerchantCategory.ALLOWED, MerchantCategory.PROHIBITED, MerchantCategory.RESTRICTED).contains(treatment)) {
                problems.add(row.where() + ": treatment '" + row.get("treatment") + "' is not ALLOWED, PROHIBITED or RESTRICTED");
                return;
            }
            Boolean permit = yesNo(row, "permit_required", problems);
            if (permit == null) {
                return;
            }
            if (tables.categories.putIfAbsent(code, new MerchantCategory(code, row.get("name"), treatment, permit)) != null) {
                problems.add(row.where() + ": code " + code + " appears twice");
            }
        });
        read(files, COUNTRIES, problems, new String[] {"code", "name"}, row -> {
            String code = row.get("code").toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{2}")) {
                problems.add(row.where() + ": code '" + row.get("code") + "' is not an ISO 3166-1 alpha-2 code");
            } else if (tables.countries.putIfAbsent(code, new SupportedCountry(code, row.get("name"))) != null) {
                problems.add(row.where() + ": country " + code + " appears twice");
            }
        });
        Set<String> providerNames = EnumSet.allOf(WalletProvider.class).stream().map(Enum::name).collect(Collectors.toSet());
        read(files, PROVIDERS, problems, new String[] {"provider", "country"}, row -> {
            String provider = row.get("provider").toUpperCase(Locale.ROOT);
            String country = row.get("country").toUpperCase(Locale.ROOT);
            if (!providerNames.contains(provider)) {
                problems.add(row.where() + ": provider '" + row.get("provider") + "' is not one of " + providerNames);
                return;
            }
            Collection<String> where;
            if (EVERY_COUNTRY.equals(country)) {
                where = tables.countries.keySet();
            } else if (tables.countries.containsKey(country)) {
                where = List.of(country);
            } else {
                problems.add(row.where() + ": country '" + row.get("country") + "' is not in " + COUNTRIES + " (or * for every one)");
                return;
            }
            for (String code : where) {
                tables.availability.putIfAbsent(provider + "/" + code, new ProviderAvailability(provider, code));
            }
        });
        read(files, RATES, problems, new String[] {"currency", "cny_per_unit"}, row -> {
            String currency = row.get("currency").toUpperCase(Locale.ROOT);
            if (!currency.matches("[A-Z]{3}")) {
                problems.add(row.where() + ": currency '" + row.get("currency") + "' is not an ISO 4217 code");
                return;
            }
            BigDecimal rate;
            try {
                rate = new BigDecimal(row.get("cny_per_unit"));
            } catch (NumberFormatException e) {
                problems.add(row.where() + ": cny_per_unit '" + row.get("cny_per_unit") + "' is not a number");
                return;
            }
            if (rate.signum() <= 0) {
                problems.add(row.where() + ": cny_per_unit must be above 0");
            } else if (tables.rates.putIfAbsent(currency, new CurrencyRate(currency, rate)) != null) {
                problems.add(row.where() + ": currency " + currency + " appears twice");
            }
        });
        read(files, PILOT_NUMBERS, problems, new String[] {"registration_number"}, row -> {
            String number = row.get("registration_number").toUpperCase(Locale.ROOT);
            if (!number.matches("[0-9A-Z]{18}")) {
                problems.add(row.where() + ": '" + row.get("registration_number") + "' is not an 18-character code");
            } else {
                tables.pilotNumbers.putIfAbsent(number, new PilotRegistrationNumber(number));
            }
        });
        return tables;
    }

    private static void read(Map<String, byte[]> files, String file, List<String> problems, String[] columns,
            Consumer<Csv.Row> eachRow) {
        byte[] bytes = files.get(file);
        if (bytes == null) {
            problems.add(file + ": missing");
            return;
        }
        try {
            Csv.parse(file, bytes, columns).forEach(eachRow);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
    }

    private static Boolean yesNo(Csv.Row row, String column, List<String> problems) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        if (value.equals("yes")) {
            return true;
        }
        if (value.equals("no") || value.isEmpty()) {
            return false;
        }
        problems.add(row.where() + ": " + column + " '" + row.get(column) + "' is not yes or no");
        return null;
    }

    public Optional<MerchantCategory> category(String code) {
        return Optional.ofNullable(code == null ? null : categories.get(code));
    }

    /** Every category row, in table order. */
    public Collection<MerchantCategory> categories() {
        return Collections.unmodifiableCollection(categories.values());
    }

    public Optional<SupportedCountry> country(String code) {
        return Optional.ofNullable(code == null ? null : countries.get(code));
    }

    public Collection<SupportedCountry> countries() {
        return Collections.unmodifiableCollection(countries.values());
    }

    /** The availability row of a provider in a country, when the provider is offered there. */
    public Optional<ProviderAvailability> availability(String provider, String country) {
        return Optional.ofNullable(provider == null || country == null ? null : availability.get(provider + "/" + country));
    }

    public Optional<CurrencyRate> rate(String currency) {
        return Optional.ofNullable(currency == null ? null : rates.get(currency));
    }

    public Collection<CurrencyRate> rates() {
        return Collections.unmodifiableCollection(rates.values());
    }

    public Optional<PilotRegistrationNumber> pilotRegistrationNumber(String number) {
        return Optional.ofNullable(number == null ? null : pilotNumbers.get(number));
    }

    public Collection<PilotRegistrationNumber> pilotRegistrationNumbers() {
        return Collections.unmodifiableCollection(pilotNumbers.values());
    }
}
