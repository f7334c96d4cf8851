package com.merchantonboarding.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.support.IntegrationTest;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Listing and revoking a merchant's API keys (the portal's key page). */
class ApiKeysIT extends IntegrationTest {

    @Autowired
    private MerchantAccounts accounts;

    @Test
    void listsTheKeysNewestFirstWithoutTheKeysThemselves() throws InterruptedException {
        MerchantAccounts.SignUp merchant = signUp();
        Thread.sleep(5); // creation times are in milliseconds: two keys in the same one would tie
        String second = accounts.createKey(merchant.merchantId(), "shop till");
        var keys = accounts.keys(merchant.merchantId());
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0).label()).isEqualTo("shop till");
        assertThat(keys.get(0).prefix()).isEqualTo(second.substring(0, 8));
        assertThat(keys.get(1).label()).isEqualTo("default");
        assertThat(keys).allMatch(MerchantAccounts.KeySummary::active);
        assertThat(keys.toString()).doesNotContain(second, merchant.apiKey());
    }

    @Test
    void aRevokedKeyNoLongerAuthenticatesAndOthersStillDo() throws InterruptedException {
        MerchantAccounts.SignUp merchant = signUp();
        Thread.sleep(5);
        String other = accounts.createKey(merchant.merchantId(), null);
        UUID first = accounts.keys(merchant.merchantId()).get(1).id();
        accounts.revokeKey(merchant.merchantId(), first);
        accounts.revokeKey(merchant.merchantId(), first);
        assertThat(accounts.authenticateKey(merchant.apiKey())).isEmpty();
        assertThat(accounts.authenticateKey(other)).isPresent();
        assertThat(accounts.keys(merchant.merchantId()).get(1).active()).isFalse();
    }

    @Test
    void anotherMerchantsKeyIsNotFound() {
        MerchantAccounts.SignUp owner = signUp();
        MerchantAccounts.SignUp intruder = signUp();
        UUID key = accounts.keys(owner.merchantId()).get(0).id();
        assertThatThrownBy(() -> accounts.revokeKey(intruder.merchantId(), key))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.slug()).isEqualTo("not-found"));
        assertThat(accounts.authenticateKey(owner.apiKey())).isPresent();
    }

    private MerchantAccounts.SignUp signUp() {
        return accounts.signUp("keys-" + UUID.randomUUID() + "@example.cn", "a-long-password-123", "Tea",
                Locale.ENGLISH);
    }
}
