using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rete.Registry.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationsByTenantAndId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_organisations_tenant_id_id",
                table: "organisations",
                columns: new[] { "tenant_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_organisations_tenant_id_id",
                table: "organisations");
        }
    }
}
