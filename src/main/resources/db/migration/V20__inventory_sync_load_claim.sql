-- Which instance pulls a run's Autotask snapshot. The claim is a lease on the database clock: the owner renews
-- lease_until while it pulls; once lease_until has passed, any instance may take the pull over (and starts it
-- afresh: a pull lives in the puller's memory until its plan is saved in one transaction).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.
CREATE TABLE inventory_sync_load_claim (
    run_id      BIGINT                   NOT NULL PRIMARY KEY REFERENCES inventory_sync_run (id),
    owner       VARCHAR(100),
    lease_until TIMESTAMP WITH TIME ZONE,
    claimed_at  TIMESTAMP WITH TIME ZONE,
    attempts    INTEGER                  NOT NULL
);
