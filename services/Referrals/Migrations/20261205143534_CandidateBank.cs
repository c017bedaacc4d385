using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rete.Referrals.Migrations
{
    /// <inheritdoc />
    public partial class CandidateBank : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "candidates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    consent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    district = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    cv = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    skills = table.Column<List<string>>(type: "text[]", nullable: false),
                    hours_per_week = table.Column<int>(type: "integer", nullable: false),
                    mobility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    in_bank = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_candidates", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_candidates_tenant_id_in_bank",
                table: "candidates",
                columns: new[] { "tenant_id", "in_bank" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "candidates");
        }
    }
}
