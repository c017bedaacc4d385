using Rete.Contracts.Registry;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;

namespace Rete.Registry.Consortium;

/// <summary>A member municipality (comune aderente) with its population, which funding formulas use ("1 euro per abitante").</summary>
public sealed record MemberMunicipality(string IstatCode, string Name, int? Population);

/// <summary>The tenant itself: a convenzione of municipalities, the partners of an in-house company, or a city with its districts.</summary>
public sealed class ConsortiumProfile : Aggregate, ITenantOwned
{
    private ConsortiumProfile()
    {
    }

    public string TenantId { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>The capofila; partners of an in-house company may have none.</summary>
    public string? LeadMunicipalityIstat { get; private set; }

    public List<MemberMunicipality> Members { get; private set; } = [];

    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public long TotalPopulation => Members.Sum(m => (long)(m.Population ?? 0));

    public static ConsortiumProfile Create(string tenantId) => new() { TenantId = tenantId };

    public void Set(string name, string? leadMunicipalityIstat, IEnumerable<MemberMunicipality> members, DateTimeOffset now)
    {
        Name = name.Trim();
        LeadMunicipalityIstat = leadMunicipalityIstat;
        Members = members.ToList();
        UpdatedAt = now;
        Version++;
        Raise(new ConsortiumProfileUpdated(Guid.CreateVersion7(now), TenantId, now, Version, Name, LeadMunicipalityIstat,
            Members.Select(m => new ConsortiumMember(m.IstatCode, m.Name, m.Population)).ToList()));
    }
}
