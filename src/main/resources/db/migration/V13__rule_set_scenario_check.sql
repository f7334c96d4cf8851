-- A rule set's scenarios that passed, remembered so that a node starting with the same rule files, the same scenario
-- files and the same build does not run them all again (docs/operations.md, "Start-up and footprint"). Only passes
-- are written. Portable between PostgreSQL and H2.

create table rule_set_scenario_check (
    check_key   varchar(64)  primary key,
    version_id  varchar(100) not null,
    scenarios   integer      not null,
    checked_at  timestamp with time zone not null
);
