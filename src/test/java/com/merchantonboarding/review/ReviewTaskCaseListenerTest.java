package com.merchantonboarding.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name a review task gets: the case at a glance in Tasklist's list, and what its search box finds. */
class ReviewTaskCaseListenerTest {

    @Test
    void namesTheReferenceTheMerchantAndTheCategory() {
        assertThat(ReviewTaskCaseListener.name("MO-2026-000123", "厦门示例贸易有限公司", "5812"))
                .isEqualTo("MO-2026-000123 · 厦门示例贸易有限公司 · 5812");
    }

    @Test
    void leavesOutWhatIsMissingAndFoldsWhitespace() {
        assertThat(ReviewTaskCaseListener.name("MO-2026-000123", "  Example \n Tea   House ", null))
                .isEqualTo("MO-2026-000123 · Example Tea House");
        assertThat(ReviewTaskCaseListener.name("MO-2026-000123", " ", "5812")).isEqualTo("MO-2026-000123 · 5812");
    }

    @Test
    void fitsCamundasColumn() {
        String name = ReviewTaskCaseListener.name("MO-2026-000123", "名".repeat(300), "5812");
        assertThat(name).hasSize(ReviewTaskCaseListener.MAX_NAME).startsWith("MO-2026-000123 · 名").endsWith("…");
    }
}
