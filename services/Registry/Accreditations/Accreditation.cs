using System.Linq.Expressions;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;
using Rete.ServiceDefaults.Errors;

namespace Rete.Registry.Accreditations;

public enum AccreditationKind
{
    ServicesForWork, // Servizi al Lavoro
    Training,        // formazione professionale
}

public enum AccreditationStage
{
    Provisional,
    Definitive,
}

/// <summary>
/// A region's accreditation of an organisation (accreditamento regionale). It is in force from
/// <see cref="ValidFrom"/> to <see cref="ValidTo"/> (open-ended when null) unless expired early.
/// An accredited operator takes new GOL assignments only while an accreditation is in force. Each change raises its event.
/// </summary>
public sealed class Accreditation : Aggregate, ITenantOwned, IHasId
{
    private Accreditation()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid OrganisationId { get; private set; }

    public string Region { get; private set; } = "";

    public string? RegisterNumber { get; private set; }

    public AccreditationKind Kind { get; private set; }

    public AccreditationStage Stage { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public List<string> Sites { get; private set; } = [];

    public DateOnly? ExpiredOn { get; private set; }

    public string? ExpiryReason { get; private set; }

    public int Version { get; private set; }

    public static Accreditation Grant(
        string tenantId, Guid organisationId, string region, string? registerNumber, AccreditationKind kind,
        AccreditationStage stage, DateOnly validFrom, DateOnly? validTo, IEnumerable<string> sites, DateTimeOffset now)
    {
        if (validTo is { } end && end < validFrom)
        {
            throw new DomainException("invalid-validity", "La data di fine validità precede quella di inizio.");
        }

        var accreditation = new Accreditation
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            OrganisationId = organisationId,
            Region = region.Trim(),
            RegisterNumber = registerNumber?.Trim(),
            Kind = kind,
            Stage = stage,
            ValidFrom = validFrom,
            ValidTo = validTo,
            Sites = sites.ToList(),
            Version = 1,
        };
        accreditation.Raise(AccreditationEvents.Granted(accreditation, now));
        return accreditation;
    }

    /// <summary>In force on <paramref name="date"/>: started, not past its end, not expired early.</summary>
    public bool IsInForceOn(DateOnly date) =>
        ValidFrom <= date && (ValidTo is null || date <= ValidTo) && (ExpiredOn is null || date < ExpiredOn);

    /// <summary>The same rule as a query predicate (a unit test holds the two together).</summary>
    public static Expression<Func<Accreditation, bool>> InForceOn(DateOnly date) =>
        a => a.ValidFrom <= date && (a.ValidTo == null || date <= a.ValidTo) && (a.ExpiredOn == null || date < a.ExpiredOn);

    /// <summary>Moves the end of validity forward (or opens it), and may make a provisional accreditation definitive.</summary>
    public void Renew(DateOnly? validTo, AccreditationStage? stage, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (ExpiredOn is not null)
        {
            throw new DomainException("accreditation-expired", "Un accreditamento scaduto non si rinnova: registrarne uno nuovo.");
        }

        if (validTo is { } end && (end < today || end < ValidFrom || (ValidTo is { } current && end <= current)))
        {
            throw new DomainException("invalid-renewal", "Il rinnovo deve spostare in avanti la data di fine validità.");
        }

        if (stage == AccreditationStage.Provisional && Stage == AccreditationStage.Definitive)
        {
            throw new DomainException("invalid-renewal", "Un accreditamento definitivo non torna provvisorio.");
        }

        ValidTo = validTo;
        Stage = stage ?? Stage;
        Version++;
        Raise(AccreditationEvents.Renewed(this, now));
    }

    public void Expire(DateOnly on, string? reason, DateTimeOffset now)
    {
        if (ExpiredOn is not null)
        {
            throw new DomainException("accreditation-expired", "L'accreditamento è già scaduto.");
        }

        if (on < ValidFrom)
        {
            throw new DomainException("invalid-validity", "La scadenza non può precedere l'inizio della validità.");
        }

        ExpiredOn = on;
        ExpiryReason = reason;
        Version++;
        Raise(AccreditationEvents.Expired(this, now));
    }
}
