using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rete.Referrals.Migrations
{
    /// <inheritdoc />
    public partial class GolAssignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "gol_assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cpi_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    operator_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    accreditation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pathway = table.Column<int>(type: "integer", nullable: false),
                    social_services_organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assigned_on = table.Column<DateOnly>(type: "date", nullable: false),
                    assigned_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gol_assignments", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_gol_assignments_tenant_id_cpi_organisation_id_id",
                table: "gol_assignments",
                columns: new[] { "tenant_id", "cpi_organisation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_gol_assignments_tenant_id_operator_organisation_id_id",
                table: "gol_assignments",
                columns: new[] { "tenant_id", "operator_organisation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_gol_assignments_tenant_id_person_id",
                table: "gol_assignments",
                columns: new[] { "tenant_id", "person_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "gol_assignments");
        }
    }
}
