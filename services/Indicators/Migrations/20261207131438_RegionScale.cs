using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rete.Indicators.Migrations
{
    /// <inheritdoc />
    public partial class RegionScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_tenant_id_sent_at",
                table: "referrals");

            migrationBuilder.AddColumn<int>(
                name: "seconds_to_acceptance",
                table: "referrals",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "left_assistance_circuit",
                table: "placements",
                type: "boolean",
                nullable: true);

            // Rows folded before this migration get the new columns as the folds now compute them. Forced row-level
            // security hides every row from an owner that is not a superuser: there, POST /api/indicators/rebuild does it.
            migrationBuilder.Sql("""
                UPDATE referrals SET seconds_to_acceptance = floor(extract(epoch FROM accepted_at - sent_at))::integer
                WHERE accepted_at IS NOT NULL AND sent_at IS NOT NULL;
                UPDATE placements p SET left_assistance_circuit = NOT latest.in_assistance_circuit
                FROM (SELECT DISTINCT ON (placement_id) placement_id, in_assistance_circuit FROM follow_ups
                      ORDER BY placement_id, days_after_end DESC) latest
                WHERE latest.placement_id = p.id;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_referrals_tenant_id_seconds_to_acceptance",
                table: "referrals",
                columns: new[] { "tenant_id", "seconds_to_acceptance" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_tenant_id_sent_at",
                table: "referrals",
                columns: new[] { "tenant_id", "sent_at" })
                .Annotation("Npgsql:IndexInclude", new[] { "status", "reason_code", "seconds_to_acceptance", "person_id" });

            migrationBuilder.CreateIndex(
                name: "IX_people_tenant_id_district",
                table: "people",
                columns: new[] { "tenant_id", "district" });

            migrationBuilder.CreateIndex(
                name: "IX_people_tenant_id_municipality_istat_district",
                table: "people",
                columns: new[] { "tenant_id", "municipality_istat", "district" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_tenant_id_seconds_to_acceptance",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_referrals_tenant_id_sent_at",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_people_tenant_id_district",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_tenant_id_municipality_istat_district",
                table: "people");

            migrationBuilder.DropColumn(
                name: "seconds_to_acceptance",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "left_assistance_circuit",
                table: "placements");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_tenant_id_sent_at",
                table: "referrals",
                columns: new[] { "tenant_id", "sent_at" });
        }
    }
}
