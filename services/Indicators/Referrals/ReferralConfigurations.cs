using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rete.Indicators.Referrals;

internal sealed class ReferralFigureConfiguration : IEntityTypeConfiguration<ReferralFigure>
{
    public void Configure(EntityTypeBuilder<ReferralFigure> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.TenantId).HasMaxLength(48);
        builder.Property(r => r.Programme).HasMaxLength(40);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.ReasonCode).HasMaxLength(40);
        builder.Property(r => r.CaseManagerId).HasMaxLength(200);
        builder.Property(r => r.Outcome).HasMaxLength(40);
        // Covering: the funnel of a period (or of every day) is an index-only scan, not a read of the whole rows.
        builder.HasIndex(r => new { r.TenantId, r.SentAt }).IncludeProperties(r => new { r.Status, r.ReasonCode, r.SecondsToAcceptance, r.PersonId });
        // The median reads only the waits of the day(s) of waiting holding the middle one, without the rows.
        builder.HasIndex(r => new { r.TenantId, r.SecondsToAcceptance }).IncludeProperties(r => new { r.SentAt, r.PersonId });
        // A person's move re-counts their referrals.
        builder.HasIndex(r => new { r.TenantId, r.PersonId });
    }
}

internal sealed class AssignmentFigureConfiguration : IEntityTypeConfiguration<AssignmentFigure>
{
    public void Configure(EntityTypeBuilder<AssignmentFigure> builder)
    {
        builder.ToTable("gol_assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.TenantId).HasMaxLength(48);
        builder.Property(a => a.Outcome).HasMaxLength(40);
        // The period's assignments are counted (and their people told apart) from this index alone, not the table.
        builder.HasIndex(a => new { a.TenantId, a.AssignedOn }).IncludeProperties(a => new { a.PersonId, a.CpiOrganisationId, a.Pathway });
        // A fold re-counts the person's first assignment days (gol.people) and a move everything of the person.
        builder.HasIndex(a => new { a.TenantId, a.PersonId }).IncludeProperties(a => new { a.CpiOrganisationId, a.AssignedOn });
    }
}

internal sealed class ConsentFigureConfiguration : IEntityTypeConfiguration<ConsentFigure>
{
    public void Configure(EntityTypeBuilder<ConsentFigure> builder)
    {
        builder.ToTable("consents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TenantId).HasMaxLength(48);
        builder.Property(c => c.Purpose).HasMaxLength(40);
        builder.HasIndex(c => new { c.TenantId, c.ExpiresOn }).IncludeProperties(c => new { c.PersonId, c.Purpose, c.WithdrawnOn });
    }
}

internal sealed class PersonFigureConfiguration : IEntityTypeConfiguration<PersonFigure>
{
    public void Configure(EntityTypeBuilder<PersonFigure> builder)
    {
        builder.ToTable("people");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TenantId).HasMaxLength(48);
        builder.Property(p => p.MunicipalityIstat).HasMaxLength(6);
        builder.Property(p => p.District).HasMaxLength(100);
        // Figures are cut by residence: the area's people are looked up by municipality or by district.
        // With the id included, an area's people come from the index alone.
        builder.HasIndex(p => new { p.TenantId, p.MunicipalityIstat, p.District }).IncludeProperties(p => p.Id);
        builder.HasIndex(p => new { p.TenantId, p.District }).IncludeProperties(p => p.Id);
    }
}
