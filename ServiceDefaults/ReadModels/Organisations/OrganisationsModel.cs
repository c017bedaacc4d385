using Microsoft.EntityFrameworkCore;

namespace Rete.ServiceDefaults.ReadModels.Organisations;

/// <summary>The tables of the organisations read model; a service's DbContext calls this from ConfigureModel.</summary>
public static class OrganisationsModel
{
    public static ModelBuilder AddOrganisationsReadModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KnownOrganisation>(b =>
        {
            b.ToTable("known_organisations");
            b.HasKey(o => o.Id);
            b.Property(o => o.Id).ValueGeneratedNever();
            b.Property(o => o.TenantId).HasMaxLength(48);
            b.Property(o => o.Name).HasMaxLength(200);
            b.Property(o => o.Kind).HasMaxLength(40);
            b.Property(o => o.MunicipalityIstat).HasMaxLength(6);
            b.Property(o => o.District).HasMaxLength(100);
            b.Property(o => o.Status).HasMaxLength(20);
            b.Ignore(o => o.Version);
            b.Ignore(o => o.IsKnown);
            b.Ignore(o => o.IsActive);
            b.HasIndex(o => new { o.TenantId, o.Kind });
        });
        modelBuilder.Entity<KnownAccreditation>(b =>
        {
            b.ToTable("known_accreditations");
            b.HasKey(a => a.Id);
            b.Property(a => a.Id).ValueGeneratedNever();
            b.Property(a => a.TenantId).HasMaxLength(48);
            b.Property(a => a.Kind).HasMaxLength(40);
            b.Property(a => a.Region).HasMaxLength(100);
            b.Property(a => a.RegisterNumber).HasMaxLength(40);
            b.Property(a => a.Stage).HasMaxLength(20);
            b.HasIndex(a => new { a.TenantId, a.OrganisationId });
        });
        return modelBuilder;
    }

    public static DbSet<KnownOrganisation> KnownOrganisations(this DbContext db) => db.Set<KnownOrganisation>();

    public static DbSet<KnownAccreditation> KnownAccreditations(this DbContext db) => db.Set<KnownAccreditation>();

    /// <summary>The organisation as this service knows it, or null when no event about it has arrived.</summary>
    public static Task<KnownOrganisation?> FindKnownOrganisationAsync(this DbContext db, Guid id, CancellationToken ct) =>
        db.Set<KnownOrganisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);

    /// <summary>True when the organisation holds an accreditation of <paramref name="kind"/> in force on <paramref name="date"/>.</summary>
    public static Task<bool> HasAccreditationInForceAsync(this DbContext db, Guid organisationId, string kind, DateOnly date, CancellationToken ct) =>
        db.Set<KnownAccreditation>().Where(a => a.OrganisationId == organisationId && a.Kind == kind)
            .Where(KnownAccreditation.InForceOn(date)).AnyAsync(ct);
}
