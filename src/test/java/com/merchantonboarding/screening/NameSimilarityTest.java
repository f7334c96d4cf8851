package com.merchantonboarding.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.merchantonboarding.screening.facts.NameSimilarity;
import org.junit.jupiter.api.Test;

class NameSimilarityTest {

    @Test
    void sameNameScoresOne() {
        assertThat(NameSimilarity.similarity("厦门示例贸易有限公司", "厦门示例贸易有限公司")).isEqualTo(1.0);
        assertThat(NameSimilarity.similarity("厦门示例贸易有限公司", " 厦 门 示 例 贸 易 有 限 公 司 ")).isEqualTo(1.0);
        assertThat(NameSimilarity.similarity("Acme (HK) Ltd.", "ACME（HK）LTD")).isEqualTo(1.0);
    }

    @Test
    void oneMisreadCharacterInTenScoresNineTenths() {
        assertThat(NameSimilarity.similarity("厦门示例贸易有限公司", "厦让示例贸易有限公司")).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void differentNamesScoreLow() {
        assertThat(NameSimilarity.similarity("厦门示例贸易有限公司", "福州另一家科技有限公司")).isLessThan(0.5);
        assertThat(NameSimilarity.similarity("Acme Ltd", "Globex Corporation")).isLessThan(0.3);
    }

    @Test
    void isSymmetricAndHandlesEmptyAndNull() {
        assertThat(NameSimilarity.similarity("abcd", "abxd")).isEqualTo(NameSimilarity.similarity("abxd", "abcd"));
        assertThat(NameSimilarity.similarity("", "")).isEqualTo(1.0);
        assertThat(NameSimilarity.similarity("abc", "")).isEqualTo(0.0);
        assertThat(NameSimilarity.similarity(null, "abc")).isEqualTo(0.0);
        assertThat(NameSimilarity.sameName(null, null)).isFalse();
    }
}
