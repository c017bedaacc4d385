using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rete.Placements.Migrations
{
    /// <inheritdoc />
    public partial class PlacementListsInIdOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_placements_tenant_id_host_organisation_id",
                table: "placements");

            migrationBuilder.DropIndex(
                name: "IX_placements_tenant_id_status",
                table: "placements");

            migrationBuilder.CreateIndex(
                name: "IX_placements_tenant_id_host_organisation_id_id",
                table: "placements",
                columns: new[] { "tenant_id", "host_organisation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_placements_tenant_id_status_id",
                table: "placements",
                columns: new[] { "tenant_id", "status", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_placements_tenant_id_host_organisation_id_id",
                table: "placements");

            migrationBuilder.DropIndex(
                name: "IX_placements_tenant_id_status_id",
                table: "placements");

            migrationBuilder.CreateIndex(
                name: "IX_placements_tenant_id_host_organisation_id",
                table: "placements",
                columns: new[] { "tenant_id", "host_organisation_id" });

            migrationBuilder.CreateIndex(
                name: "IX_placements_tenant_id_status",
                table: "placements",
                columns: new[] { "tenant_id", "status" });
        }
    }
}
