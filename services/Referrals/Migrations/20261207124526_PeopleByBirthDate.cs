using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rete.Referrals.Migrations
{
    /// <inheritdoc />
    public partial class PeopleByBirthDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_people_tenant_id_last_name_first_name_birth_date",
                table: "people");

            migrationBuilder.CreateIndex(
                name: "IX_people_tenant_id_birth_date",
                table: "people",
                columns: new[] { "tenant_id", "birth_date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_people_tenant_id_birth_date",
                table: "people");

            migrationBuilder.CreateIndex(
                name: "IX_people_tenant_id_last_name_first_name_birth_date",
                table: "people",
                columns: new[] { "tenant_id", "last_name", "first_name", "birth_date" });
        }
    }
}
