using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rete.Indicators.Migrations
{
    /// <inheritdoc />
    public partial class CoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_people_tenant_id_district",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_tenant_id_municipality_istat_district",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_gol_assignments_tenant_id_assigned_on",
                table: "gol_assignments");

            migrationBuilder.DropIndex(
                name: "IX_consents_tenant_id_expires_on",
                table: "consents");

            migrationBuilder.CreateIndex(
                name: "IX_people_tenant_id_district",
                table: "people",
                columns: new[] { "tenant_id", "district" })
                .Annotation("Npgsql:IndexInclude", new[] { "id" });

            migrationBuilder.CreateIndex(
                name: "IX_people_tenant_id_municipality_istat_district",
                table: "people",
                columns: new[] { "tenant_id", "municipality_istat", "district" })
                .Annotation("Npgsql:IndexInclude", new[] { "id" });

            migrationBuilder.CreateIndex(
                name: "IX_gol_assignments_tenant_id_assigned_on",
                table: "gol_assignments",
                columns: new[] { "tenant_id", "assigned_on" })
                .Annotation("Npgsql:IndexInclude", new[] { "person_id", "cpi_organisation_id", "pathway" });

            migrationBuilder.CreateIndex(
                name: "IX_consents_tenant_id_expires_on",
                table: "consents",
                columns: new[] { "tenant_id", "expires_on" })
                .Annotation("Npgsql:IndexInclude", new[] { "person_id", "purpose", "withdrawn_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_people_tenant_id_district",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_tenant_id_municipality_istat_district",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_gol_assignments_tenant_id_assigned_on",
                table: "gol_assignments");

            migrationBuilder.DropIndex(
                name: "IX_consents_tenant_id_expires_on",
                table: "consents");

            migrationBuilder.CreateIndex(
                name: "IX_people_tenant_id_district",
                table: "people",
                columns: new[] { "tenant_id", "district" });

            migrationBuilder.CreateIndex(
                name: "IX_people_tenant_id_municipality_istat_district",
                table: "people",
                columns: new[] { "tenant_id", "municipality_istat", "district" });

            migrationBuilder.CreateIndex(
                name: "IX_gol_assignments_tenant_id_assigned_on",
                table: "gol_assignments",
                columns: new[] { "tenant_id", "assigned_on" });

            migrationBuilder.CreateIndex(
                name: "IX_consents_tenant_id_expires_on",
                table: "consents",
                columns: new[] { "tenant_id", "expires_on" });
        }
    }
}
