package com.merchantonboarding.merchant;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TwoStepLoginRepository extends JpaRepository<TwoStepLogin, UUID> {

    /**
     * Records that a code of this time step was used, unless one of this step or a later one was already: 1 when
     * it was recorded, 0 for a replay. One statement, so two nodes cannot both accept the same code.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update TwoStepLogin t set t.lastUsedStep = :step where t.merchantId = :merchantId "
            + "and t.secret is not null and (t.lastUsedStep is null or t.lastUsedStep < :step)")
    int useStep(@Param("merchantId") UUID merchantId, @Param("step") long step);
}
