using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rete.Referrals.Migrations
{
    /// <inheritdoc />
    public partial class ReferralRecordedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "recorded_at",
                table: "referrals",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "referrals",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Referrals entered so far were timed as they were entered. The owner lifts row-level security for this
            // statement only, since a migration runs for every tenant at once.
            migrationBuilder.Sql("""
                ALTER TABLE referrals NO FORCE ROW LEVEL SECURITY;
                UPDATE referrals SET recorded_at = sent_at,
                    updated_at = GREATEST(sent_at, accepted_at, rejected_at, withdrawn_at, closed_at);
                ALTER TABLE referrals FORCE ROW LEVEL SECURITY;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "recorded_at",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "referrals");
        }
    }
}
