-- Alert conditions that are raised and not yet cleared (issue 13): one alert goes out when a condition is raised,
-- none while it stays raised, so a restart or a second instance does not send it again.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

CREATE TABLE operations_alert (
    condition_key VARCHAR(200)             NOT NULL PRIMARY KEY,
    kind          VARCHAR(100)             NOT NULL,
    raised_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    title         VARCHAR(500)             NOT NULL
);
