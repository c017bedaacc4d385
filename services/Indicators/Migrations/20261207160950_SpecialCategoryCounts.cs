using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rete.Indicators.Migrations
{
    /// <inheritdoc />
    public partial class SpecialCategoryCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "special_category_counts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: true),
                    suppress_below = table.Column<int>(type: "integer", nullable: false),
                    people_with_disability = table.Column<int>(type: "integer", nullable: true),
                    people_followed_by_health_services = table.Column<int>(type: "integer", nullable: true),
                    areas = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_special_category_counts", x => x.id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "special_category_counts");
        }
    }
}
