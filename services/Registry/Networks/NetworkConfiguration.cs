using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rete.Registry.Organisations;
using Rete.ServiceDefaults.Data;

namespace Rete.Registry.Networks;

internal sealed class NetworkTableConfiguration : IEntityTypeConfiguration<NetworkTable>
{
    public void Configure(EntityTypeBuilder<NetworkTable> builder)
    {
        builder.ToTable("network_tables");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.TenantId).HasMaxLength(48);
        builder.Property(n => n.Name).HasMaxLength(200);
        builder.Property(n => n.Scope).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.District).HasMaxLength(100);
        builder.Property(n => n.MunicipalityIstat).HasMaxLength(6);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasMany(n => n.Members).WithOne().HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NetworkMemberConfiguration : IEntityTypeConfiguration<NetworkMember>
{
    public void Configure(EntityTypeBuilder<NetworkMember> builder)
    {
        builder.ToTable("network_members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.TenantId).HasMaxLength(48);
        builder.Property(m => m.Membership).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Role).HasMaxLength(200);
        builder.HasIndex(m => new { m.NetworkId, m.OrganisationId }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.TenantId).HasMaxLength(48);
        builder.Property(m => m.Place).HasMaxLength(300);
        builder.Property(m => m.Attendance).HasJsonColumn();
        builder.Ignore(m => m.PeoplePresent);
        builder.HasOne<NetworkTable>().WithMany().HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.TenantId, m.NetworkId, m.Date });
    }
}
