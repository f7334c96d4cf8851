package com.merchantonboarding.policy;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioCheckRepository extends JpaRepository<ScenarioCheck, String> {

    Optional<ScenarioCheck> findByCheckKeyAndCheckedAtAfter(String checkKey, Instant after);
}
