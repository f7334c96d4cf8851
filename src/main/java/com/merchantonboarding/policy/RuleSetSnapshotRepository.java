package com.merchantonboarding.policy;

import org.springframework.data.jpa.repository.JpaRepository;

interface RuleSetSnapshotRepository extends JpaRepository<RuleSetSnapshot, String> {
}
