using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rete.Indicators.Migrations
{
    /// <inheritdoc />
    public partial class ReferralFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    given_on = table.Column<DateOnly>(type: "date", nullable: true),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    withdrawn_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "gol_assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    cpi_organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    operator_organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    pathway = table.Column<int>(type: "integer", nullable: true),
                    assigned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gol_assignments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    municipality_istat = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    district = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    from_organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    to_organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    programme = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rejected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reason_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    case_manager_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_consents_tenant_id_expires_on",
                table: "consents",
                columns: new[] { "tenant_id", "expires_on" });

            migrationBuilder.CreateIndex(
                name: "IX_gol_assignments_tenant_id_assigned_on",
                table: "gol_assignments",
                columns: new[] { "tenant_id", "assigned_on" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_tenant_id_sent_at",
                table: "referrals",
                columns: new[] { "tenant_id", "sent_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropTable(
                name: "gol_assignments");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "referrals");
        }
    }
}
