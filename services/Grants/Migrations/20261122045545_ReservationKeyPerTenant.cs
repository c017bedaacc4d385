using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rete.Grants.Migrations
{
    /// <inheritdoc />
    public partial class ReservationKeyPerTenant : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_stipend_reservations",
                table: "stipend_reservations");

            migrationBuilder.AddPrimaryKey(
                name: "PK_stipend_reservations",
                table: "stipend_reservations",
                columns: new[] { "tenant_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_stipend_reservations",
                table: "stipend_reservations");

            migrationBuilder.AddPrimaryKey(
                name: "PK_stipend_reservations",
                table: "stipend_reservations",
                column: "id");
        }
    }
}
