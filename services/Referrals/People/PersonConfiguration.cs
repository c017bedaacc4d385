using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rete.ServiceDefaults.Data;

namespace Rete.Referrals.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TenantId).HasMaxLength(48);
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.Property(p => p.TaxCodeCipher).HasMaxLength(200);
        builder.Property(p => p.TaxCodeHash).HasMaxLength(64);
        builder.Property(p => p.MunicipalityIstat).HasMaxLength(6);
        builder.Property(p => p.District).HasMaxLength(100);
        builder.Property(p => p.TargetGroups).HasJsonColumn();
        builder.Property(p => p.PossibleDuplicates).HasJsonColumn();
        builder.Property(p => p.Education).HasMaxLength(40);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.TenantId, p.TaxCodeHash });
        // Names are matched with ILIKE, which no btree on the name serves: the birth date narrows a search by name (and
        // the duplicate check at registration) to a few rows per day, however many people a tenant holds.
        builder.HasIndex(p => new { p.TenantId, p.BirthDate });
    }
}
