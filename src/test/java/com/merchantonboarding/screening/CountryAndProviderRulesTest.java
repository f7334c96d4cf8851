package com.merchantonboarding.screening;

import static com.merchantonboarding.screening.ShippedRules.screen;
import static com.merchantonboarding.screening.ShippedRules.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.application.ApplicationData.WalletProvider;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryAndProviderRulesTest {

    static final List<String> SUPPORTED = List.of("CN", "HK", "MO", "SG", "MY", "TH", "JP", "KR", "US", "GB", "DE", "FR");

    @ParameterizedTest
    @ValueSource(strings = {"BR", "RU", "TW", "IN", "XX"})
    void unsupportedCountryIsInvalid(String country) {
        ScreeningResult result = screen(TestApplication.valid().readyFor(country));

        assertThat(summary(result)).containsExactly("FIELD_INVALID@country");
        assertThat(result.findings().get(0).detail()).isEqualTo("Country " + country + " is not supported");
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CHANGES_REQUIRED);
    }

    @ParameterizedTest
    @MethodSource("supportedCountries")
    void paypalIsAvailableInEverySupportedCountry(String country) {
        ScreeningResult result = screen(TestApplication.valid().readyFor(country).providers(WalletProvider.PAYPAL));

        assertThat(result.findings()).isEmpty();
        assertThat(result.riskPoints()).isEqualTo(10);
    }

    static Stream<String> supportedCountries() {
        return SUPPORTED.stream();
    }

    /** policy-defaults.md, "Wallet providers by country". */
    static Stream<Arguments> availability() {
        List<String> alipay = List.of("CN", "HK", "MO", "SG", "MY", "TH");
        List<String> wechat = List.of("CN", "HK", "MO");
        return SUPPORTED.stream().flatMap(country -> Stream.of(
                Arguments.of(WalletProvider.ALIPAY, country, alipay.contains(country)),
                Arguments.of(WalletProvider.WECHAT_PAY, country, wechat.contains(country)),
                Arguments.of(WalletProvider.PAYPAL, country, true)));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @MethodSource("availability")
    void providerAvailabilityFollowsThePolicy(WalletProvider provider, String country, boolean available) {
        ScreeningResult result = screen(TestApplication.valid().readyFor(country).providers(provider));

        if (available) {
            assertThat(result.findings()).isEmpty();
        } else {
            assertThat(summary(result)).containsExactly("PROVIDER_NOT_AVAILABLE@walletProviders");
            assertThat(result.findings().get(0).detail()).isEqualTo(provider + " is not available in " + country);
        }
    }

    @Test
    void wechatPayIsNotAvailableInSingapore() {
        ScreeningResult result = screen(TestApplication.valid().readyFor("SG")
                .providers(WalletProvider.ALIPAY, WalletProvider.WECHAT_PAY));

        assertThat(summary(result)).containsExactly("PROVIDER_NOT_AVAILABLE@walletProviders");
        assertThat(result.findings().get(0).ruleId()).isEqualTo("ProviderUnavailableInCountryIsDue");
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CHANGES_REQUIRED);
    }

    @Test
    void alipayIsAvailableInThailand() {
        assertThat(screen(TestApplication.valid().readyFor("TH").providers(WalletProvider.ALIPAY)).findings()).isEmpty();
    }

    @Test
    void eachUnavailableProviderIsOneFinding() {
        ScreeningResult result = screen(TestApplication.valid().readyFor("JP")
                .providers(WalletProvider.ALIPAY, WalletProvider.WECHAT_PAY, WalletProvider.PAYPAL));

        assertThat(result.findings()).extracting(Finding::detail).containsExactlyInAnyOrder(
                "ALIPAY is not available in JP", "WECHAT_PAY is not available in JP");
    }

    @Test
    void providersAreNotJudgedInAnUnsupportedCountry() {
        ScreeningResult result = screen(TestApplication.valid().readyFor("BR").providers(WalletProvider.WECHAT_PAY));

        assertThat(summary(result)).containsExactly("FIELD_INVALID@country");
    }
}
