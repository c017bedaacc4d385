using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rete.Indicators.Migrations
{
    /// <inheritdoc />
    public partial class CaseloadChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_figure_counts_caseload_changes",
                table: "figure_counts",
                columns: new[] { "tenant_id", "district", "grain", "municipality", "bucket" },
                filter: "figure = 'caseload.changes'")
                .Annotation("Npgsql:IndexInclude", new[] { "key", "count" });

            migrationBuilder.Sql("""
                -- The caseload at the end of any past day, as sums of changes: per person and receiving organisation and case
                -- manager, the days their accepted referrals are open (from the acceptance's day to the day of closing or
                -- withdrawal, that day excluded: at its end the case is no longer open) are merged into disjoint spans, so a
                -- person with two open referrals to the same case manager counts once; each span adds 1 on its first day and
                -- takes it back on the day it ends. The sum of the changes up to a day is then the distinct people open at
                -- that day's end, exactly what the rows give. Partitioned by person: a fold's filter on the person reaches the rows.
                CREATE VIEW caseload_changes WITH (security_invoker = true) AS
                SELECT m.tenant_id, m.person_id, c.day, m.key, c.count
                FROM (
                    SELECT tenant_id, person_id, key, min(opened) AS opened, max(ended) AS ended
                    FROM (
                        SELECT tenant_id, person_id, key, opened, ended,
                               count(*) FILTER (WHERE NOT coalesce(opened <= reach, false))
                                   OVER (PARTITION BY tenant_id, person_id, key ORDER BY opened, ended ROWS UNBOUNDED PRECEDING) AS span
                        FROM (
                            SELECT tenant_id, person_id, key, opened, ended,
                                   max(ended) OVER (PARTITION BY tenant_id, person_id, key ORDER BY opened, ended
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
                            FROM (
                                SELECT tenant_id, person_id, concat(to_organisation_id, '|', case_manager_id) AS key,
                                       (accepted_at AT TIME ZONE 'UTC')::date AS opened,
                                       coalesce((least(closed_at, withdrawn_at) AT TIME ZONE 'UTC')::date, 'infinity'::date) AS ended
                                FROM referrals
                                WHERE person_id IS NOT NULL AND to_organisation_id IS NOT NULL AND case_manager_id IS NOT NULL
                                  AND accepted_at IS NOT NULL) cases
                            WHERE opened < ended) reaching) spans
                    GROUP BY tenant_id, person_id, key, span) m
                CROSS JOIN LATERAL (SELECT m.opened AS day, 1 AS count UNION ALL SELECT m.ended, -1 WHERE m.ended <> 'infinity'::date) c;

                CREATE OR REPLACE VIEW figure_contributions WITH (security_invoker = true) AS
                SELECT tenant_id, id AS source_id, person_id, 'referrals'::text AS figure, (sent_at AT TIME ZONE 'UTC')::date AS day,
                       concat(status, '|', coalesce(reason_code, ''), '|', coalesce((seconds_to_acceptance / 86400)::text, '')) AS key,
                       1 AS count, 0::numeric AS amount
                FROM referrals WHERE sent_at IS NOT NULL
                UNION ALL
                SELECT DISTINCT tenant_id, NULL::uuid, person_id, 'caseload', NULL::date, concat(to_organisation_id, '|', case_manager_id), 1, 0
                FROM referrals
                WHERE person_id IS NOT NULL AND to_organisation_id IS NOT NULL AND case_manager_id IS NOT NULL
                  AND accepted_at IS NOT NULL AND closed_at IS NULL AND withdrawn_at IS NULL
                UNION ALL
                SELECT tenant_id, id, person_id, 'placements.started', started_on,
                       concat(coalesce(kind, ''), '|', coalesce(duration_months::text, ''), '|', CASE WHEN outcome = 'hired' THEN 'hired' ELSE '' END),
                       1, CASE WHEN status <> 'cancelled' THEN paid ELSE 0 END
                FROM placements WHERE started_on IS NOT NULL
                UNION ALL
                SELECT tenant_id, id, person_id, 'placements.ended', ended_on,
                       concat(coalesce(kind, ''), '|', coalesce(duration_months::text, ''), '|', status, '|',
                              CASE left_assistance_circuit WHEN true THEN 'out' WHEN false THEN 'in' ELSE '' END),
                       1, 0
                FROM placements WHERE ended_on IS NOT NULL
                UNION ALL
                SELECT tenant_id, id, person_id, 'placements.outcomes', ended_on, concat(outcome, '|', coalesce(contract_type, '')), 1, 0
                FROM placements WHERE ended_on IS NOT NULL AND outcome IS NOT NULL
                UNION ALL
                SELECT p.tenant_id, p.id, p.person_id, 'placements.followups', p.ended_on,
                       concat(f.days_after_end, '|', CASE WHEN f.employed THEN 'employed' ELSE '' END, '|',
                              CASE WHEN f.in_assistance_circuit THEN 'in' ELSE 'out' END),
                       1, 0
                FROM follow_ups f JOIN placements p ON p.id = f.placement_id WHERE p.ended_on IS NOT NULL
                UNION ALL
                SELECT tenant_id, NULL::uuid, person_id, 'caseload.changes', day, key, count, 0 FROM caseload_changes;

                -- Forced row-level security shows an owner that is not a superuser no rows: there, POST /api/indicators/rebuild fills them.
                SELECT fill_figure_counts(t.tenant_id) FROM (SELECT tenant_id FROM referrals UNION SELECT tenant_id FROM placements) t;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE VIEW figure_contributions WITH (security_invoker = true) AS
                SELECT tenant_id, id AS source_id, person_id, 'referrals'::text AS figure, (sent_at AT TIME ZONE 'UTC')::date AS day,
                       concat(status, '|', coalesce(reason_code, ''), '|', coalesce((seconds_to_acceptance / 86400)::text, '')) AS key,
                       1 AS count, 0::numeric AS amount
                FROM referrals WHERE sent_at IS NOT NULL
                UNION ALL
                SELECT DISTINCT tenant_id, NULL::uuid, person_id, 'caseload', NULL::date, concat(to_organisation_id, '|', case_manager_id), 1, 0
                FROM referrals
                WHERE person_id IS NOT NULL AND to_organisation_id IS NOT NULL AND case_manager_id IS NOT NULL
                  AND accepted_at IS NOT NULL AND closed_at IS NULL AND withdrawn_at IS NULL
                UNION ALL
                SELECT tenant_id, id, person_id, 'placements.started', started_on,
                       concat(coalesce(kind, ''), '|', coalesce(duration_months::text, ''), '|', CASE WHEN outcome = 'hired' THEN 'hired' ELSE '' END),
                       1, CASE WHEN status <> 'cancelled' THEN paid ELSE 0 END
                FROM placements WHERE started_on IS NOT NULL
                UNION ALL
                SELECT tenant_id, id, person_id, 'placements.ended', ended_on,
                       concat(coalesce(kind, ''), '|', coalesce(duration_months::text, ''), '|', status, '|',
                              CASE left_assistance_circuit WHEN true THEN 'out' WHEN false THEN 'in' ELSE '' END),
                       1, 0
                FROM placements WHERE ended_on IS NOT NULL
                UNION ALL
                SELECT tenant_id, id, person_id, 'placements.outcomes', ended_on, concat(outcome, '|', coalesce(contract_type, '')), 1, 0
                FROM placements WHERE ended_on IS NOT NULL AND outcome IS NOT NULL
                UNION ALL
                SELECT p.tenant_id, p.id, p.person_id, 'placements.followups', p.ended_on,
                       concat(f.days_after_end, '|', CASE WHEN f.employed THEN 'employed' ELSE '' END, '|',
                              CASE WHEN f.in_assistance_circuit THEN 'in' ELSE 'out' END),
                       1, 0
                FROM follow_ups f JOIN placements p ON p.id = f.placement_id WHERE p.ended_on IS NOT NULL;

                DROP VIEW caseload_changes;
                DELETE FROM figure_counts WHERE figure = 'caseload.changes';
                """);

            migrationBuilder.DropIndex(
                name: "IX_figure_counts_caseload_changes",
                table: "figure_counts");
        }
    }
}
