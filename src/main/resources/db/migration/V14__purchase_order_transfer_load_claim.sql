-- Which instance reads a transfer job's purchase orders from Autotask. The claim is a lease on the database clock:
-- the owner renews lease_until while it reads; once lease_until has passed, any instance may take the read over
-- (and reads afresh: a read lives in its reader's memory until its rows are stored in one transaction).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.
CREATE TABLE purchase_order_transfer_load_claim (
    job_id      BIGINT                   NOT NULL PRIMARY KEY
                REFERENCES purchase_order_transfer_job (job_id) ON DELETE CASCADE,
    owner       VARCHAR(100),
    lease_until TIMESTAMP WITH TIME ZONE,
    claimed_at  TIMESTAMP WITH TIME ZONE,
    attempts    INTEGER                  NOT NULL
);
