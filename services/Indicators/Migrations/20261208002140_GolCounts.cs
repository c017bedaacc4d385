using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rete.Indicators.Migrations
{
    /// <inheritdoc />
    public partial class GolCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_gol_assignments_tenant_id_person_id",
                table: "gol_assignments",
                columns: new[] { "tenant_id", "person_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "cpi_organisation_id", "assigned_on" });

            // GOL assignments are counted by assigned day and CPI | pathway (summable for any period); the people assigned
            // by each person's first assignment day (key '') and first day per CPI (key: the CPI): the sum of those up to a
            // day is the distinct people assigned from the first day a figure covers (1 January 1990) to that day. A
            // period starting later is answered from the rows (ReferralIndicators). Person-keyed like the caseload: a fold
            // filters them by the person, and the GROUP BY on person lets that filter reach the person index.
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
                FROM follow_ups f JOIN placements p ON p.id = f.placement_id WHERE p.ended_on IS NOT NULL
                UNION ALL
                SELECT tenant_id, NULL::uuid, person_id, 'caseload.changes', day, key, count, 0 FROM caseload_changes
                UNION ALL
                SELECT tenant_id, id, person_id, 'gol.assignments', assigned_on,
                       concat(cpi_organisation_id, '|', pathway), 1, 0
                FROM gol_assignments WHERE assigned_on IS NOT NULL
                UNION ALL
                SELECT tenant_id, NULL::uuid, person_id, 'gol.people', min(assigned_on), '', 1, 0
                FROM gol_assignments WHERE person_id IS NOT NULL AND assigned_on >= DATE '1990-01-01'
                GROUP BY tenant_id, person_id
                UNION ALL
                SELECT tenant_id, NULL::uuid, person_id, 'gol.people', min(assigned_on), cpi_organisation_id::text, 1, 0
                FROM gol_assignments WHERE person_id IS NOT NULL AND cpi_organisation_id IS NOT NULL AND assigned_on >= DATE '1990-01-01'
                GROUP BY tenant_id, person_id, cpi_organisation_id;

                -- Only the new figures are backfilled (the rest is unchanged). Forced row-level security shows an owner that
                -- is not a superuser no rows: there, POST /api/indicators/rebuild fills them.
                INSERT INTO figure_counts (tenant_id, figure, grain, bucket, municipality, district, key, count, amount)
                SELECT tenant_id, figure, grain, bucket, municipality, district, key, sum(count), sum(amount)
                FROM figure_count_rows WHERE figure IN ('gol.assignments', 'gol.people')
                GROUP BY tenant_id, figure, grain, bucket, municipality, district, key;
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
                FROM follow_ups f JOIN placements p ON p.id = f.placement_id WHERE p.ended_on IS NOT NULL
                UNION ALL
                SELECT tenant_id, NULL::uuid, person_id, 'caseload.changes', day, key, count, 0 FROM caseload_changes;

                DELETE FROM figure_counts WHERE figure IN ('gol.assignments', 'gol.people');
                """);

            migrationBuilder.DropIndex(
                name: "IX_gol_assignments_tenant_id_person_id",
                table: "gol_assignments");
        }
    }
}
