using Rete.Contracts.Referrals;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;

namespace Rete.Referrals.Candidates;

/// <summary>
/// A person in the candidate bank: CV, skills and availability, held under a "candidateBank" consent. The id is the
/// person's: one profile per person. Leaving the bank keeps the row (the history) but hides it from every search.
/// </summary>
public sealed class Candidate : Aggregate, ITenantOwned, IHasId
{
    public static readonly string[] Mobilities = ["none", "publicTransport", "car", "anyDistrict"];

    private Candidate()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid ConsentId { get; private set; }

    public string? District { get; private set; }

    public string? Cv { get; private set; }

    public List<string> Skills { get; private set; } = [];

    public int HoursPerWeek { get; private set; }

    public string Mobility { get; private set; } = "none";

    public bool InBank { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public static Candidate OptIn(string tenantId, Guid personId, Guid consentId, string? district, DateTimeOffset now) =>
        new Candidate { Id = personId, TenantId = tenantId, District = district, UpdatedAt = now }.Enter(consentId, now);

    public Candidate Enter(Guid consentId, DateTimeOffset now)
    {
        if (!InBank)
        {
            (InBank, ConsentId) = (true, consentId);
            Version++;
            Raise(new CandidateOptedIn(Guid.CreateVersion7(now), TenantId, now, Id, Version, consentId, District, DateOnly.FromDateTime(now.UtcDateTime)));
        }

        return this;
    }

    public void Describe(string? cv, IEnumerable<string> skills, int hoursPerWeek, string mobility, DateTimeOffset now)
    {
        (Cv, Skills, HoursPerWeek, Mobility, UpdatedAt) =
            (cv?.Trim(), skills.Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().ToList(), hoursPerWeek, mobility, now);
    }

    public void Leave(string reason, DateTimeOffset now)
    {
        if (InBank)
        {
            InBank = false;
            Version++;
            Raise(new CandidateOptedOut(Guid.CreateVersion7(now), TenantId, now, Id, Version, reason, DateOnly.FromDateTime(now.UtcDateTime)));
        }
    }
}
