using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rete.Indicators.Migrations
{
    /// <inheritdoc />
    public partial class Counters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_tenant_id_seconds_to_acceptance",
                table: "referrals");

            migrationBuilder.CreateTable(
                name: "figure_counts",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    figure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    grain = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    bucket = table.Column<DateOnly>(type: "date", nullable: false),
                    municipality = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    district = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    count = table.Column<long>(type: "bigint", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_figure_counts", x => new { x.tenant_id, x.figure, x.grain, x.bucket, x.municipality, x.district, x.key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_tenant_id_person_id",
                table: "referrals",
                columns: new[] { "tenant_id", "person_id" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_tenant_id_seconds_to_acceptance",
                table: "referrals",
                columns: new[] { "tenant_id", "seconds_to_acceptance" })
                .Annotation("Npgsql:IndexInclude", new[] { "sent_at", "person_id" });

            migrationBuilder.CreateIndex(
                name: "IX_placements_tenant_id_person_id",
                table: "placements",
                columns: new[] { "tenant_id", "person_id" });

            // What each figure row counts, defined once: the folds apply the difference of these before and after a
            // fold, fill_figure_counts fills a tenant's counts from its rows alone (this backfill, a rebuild, the bench).
            // Every row counts for the whole tenant (municipality '*') and, once its person's residence is known, for
            // that residence; in the day, month and year holding its date (caseload: today only, grain 'n').
            migrationBuilder.Sql("""
                CREATE VIEW figure_contributions WITH (security_invoker = true) AS
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

                CREATE VIEW figure_count_rows WITH (security_invoker = true) AS
                SELECT c.tenant_id, c.source_id, c.person_id, c.figure, g.grain, g.bucket, a.municipality, a.district, c.key, c.count, c.amount
                FROM figure_contributions c
                LEFT JOIN people pe ON pe.id = c.person_id AND pe.tenant_id = c.tenant_id
                CROSS JOIN LATERAL (
                    SELECT 'd'::text AS grain, c.day AS bucket WHERE c.day IS NOT NULL
                    UNION ALL SELECT 'm', make_date(extract(year FROM c.day)::int, extract(month FROM c.day)::int, 1) WHERE c.day IS NOT NULL
                    UNION ALL SELECT 'y', make_date(extract(year FROM c.day)::int, 1, 1) WHERE c.day IS NOT NULL
                    UNION ALL SELECT 'n', DATE '1990-01-01' WHERE c.day IS NULL) g
                CROSS JOIN LATERAL (
                    SELECT '*'::text AS municipality, ''::text AS district
                    UNION ALL SELECT coalesce(pe.municipality_istat, ''), coalesce(pe.district, '') WHERE pe.id IS NOT NULL) a;

                CREATE FUNCTION fill_figure_counts(p_tenant text) RETURNS bigint LANGUAGE sql AS $$
                    DELETE FROM figure_counts WHERE tenant_id = p_tenant;
                    WITH filled AS (
                        INSERT INTO figure_counts (tenant_id, figure, grain, bucket, municipality, district, key, count, amount)
                        SELECT tenant_id, figure, grain, bucket, municipality, district, key, sum(count), sum(amount)
                        FROM figure_count_rows WHERE tenant_id = p_tenant
                        GROUP BY tenant_id, figure, grain, bucket, municipality, district, key
                        RETURNING 1)
                    SELECT count(*) FROM filled;
                $$;

                -- Forced row-level security shows an owner that is not a superuser no rows: there, POST /api/indicators/rebuild fills them.
                SELECT fill_figure_counts(t.tenant_id) FROM (SELECT tenant_id FROM referrals UNION SELECT tenant_id FROM placements) t;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP FUNCTION fill_figure_counts(text);
                DROP VIEW figure_count_rows;
                DROP VIEW figure_contributions;
                """);

            migrationBuilder.DropTable(
                name: "figure_counts");

            migrationBuilder.DropIndex(
                name: "IX_referrals_tenant_id_person_id",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_referrals_tenant_id_seconds_to_acceptance",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_placements_tenant_id_person_id",
                table: "placements");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_tenant_id_seconds_to_acceptance",
                table: "referrals",
                columns: new[] { "tenant_id", "seconds_to_acceptance" });
        }
    }
}
