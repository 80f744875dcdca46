namespace CrmIntegration.Storage.PostgreSql.Schema;

/// <summary>
/// The store's own tables, step by step. A later version adds a step at the end and never edits
/// one that has shipped. The record tables are not steps: they follow the module registry
/// (<see cref="ModuleTables"/>).
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "store tables: change sequence head, named sequences, relationships, audit, sessions, mail queue, job runs, merge journals",
        [
            // The store-wide change sequence, one row: a write takes the next number by updating it, and
            // the row stays locked until that transaction ends, so numbers commit in order across
            // every instance (a record numbered at or below the head is committed and readable).
            "CREATE TABLE crm_change_head (single boolean PRIMARY KEY DEFAULT true CHECK (single), version bigint NOT NULL)",
            "INSERT INTO crm_change_head (version) VALUES (0)",
            "CREATE TABLE crm_sequences (name text PRIMARY KEY, value bigint NOT NULL)",
            """
            CREATE TABLE crm_relationships (
                id text PRIMARY KEY, relationship text NOT NULL, lhs_id text NOT NULL, rhs_id text NOT NULL,
                deleted boolean NOT NULL DEFAULT false, date_modified timestamptz NOT NULL,
                extra jsonb NOT NULL DEFAULT '{}')
            """,
            "CREATE INDEX crm_relationships_lhs ON crm_relationships (relationship, lhs_id)",
            "CREATE INDEX crm_relationships_rhs ON crm_relationships (relationship, rhs_id)",
            """
            CREATE TABLE crm_audit (
                id bigserial PRIMARY KEY, module text NOT NULL, record_id text NOT NULL, field text NOT NULL,
                before_value text, after_value text, user_id text NOT NULL, date_utc timestamptz NOT NULL)
            """,
            "CREATE INDEX crm_audit_record ON crm_audit (module, record_id, id)",
            """
            CREATE TABLE crm_sessions (
                id text PRIMARY KEY, user_id text NOT NULL, created_utc timestamptz NOT NULL, last_seen_utc timestamptz NOT NULL)
            """,
            "CREATE INDEX crm_sessions_last_seen ON crm_sessions (last_seen_utc)",
            "CREATE INDEX crm_sessions_user ON crm_sessions (user_id)",
            """
            CREATE TABLE crm_mail (
                id text PRIMARY KEY, status text NOT NULL, created_utc timestamptz NOT NULL, next_attempt_utc timestamptz NOT NULL,
                lease_until_utc timestamptz, mail jsonb NOT NULL)
            """,
            "CREATE INDEX crm_mail_due ON crm_mail (status, next_attempt_utc)",
            "CREATE INDEX crm_mail_created ON crm_mail (created_utc DESC)",
            """
            CREATE TABLE crm_job_states (
                job text PRIMARY KEY, tracked_since_utc timestamptz NOT NULL, lease_run text, lease_expires_utc timestamptz)
            """,
            """
            CREATE TABLE crm_job_runs (
                run_id text PRIMARY KEY, job text NOT NULL, started_utc timestamptz NOT NULL,
                in_progress boolean NOT NULL, did_work boolean NOT NULL, run jsonb NOT NULL)
            """,
            "CREATE INDEX crm_job_runs_job ON crm_job_runs (job, started_utc DESC)",
            """
            CREATE TABLE crm_merges (
                merge_id text PRIMARY KEY, module text NOT NULL, date_utc timestamptz NOT NULL, journal jsonb NOT NULL)
            """,
            "CREATE INDEX crm_merges_module ON crm_merges (module, date_utc)",
        ]),
        new(2, "job states: the latest schedule slot started, so each slot runs once across instances",
        [
            "ALTER TABLE crm_job_states ADD COLUMN last_slot_utc timestamptz",
        ]),
    ];
}
