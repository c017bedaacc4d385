using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;
using Rete.ServiceDefaults.Errors;

namespace Rete.Registry.Networks;

public enum NetworkScope
{
    District,     // Tavolo Lavoro circoscrizionale
    Municipality, // a city-wide or municipal table
    Consortium,   // the whole consortium
}

/// <summary>Forma ristretta (core) or forma allargata (extended) of a table.</summary>
public enum Membership
{
    Core,
    Extended,
}

/// <summary>A standing working group of the network (Tavolo Lavoro, Tavolo di coordinamento). Each change raises its event.</summary>
public sealed class NetworkTable : Aggregate, ITenantOwned, IHasId
{
    private NetworkTable()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public NetworkScope Scope { get; private set; }

    public string? District { get; private set; }

    public string? MunicipalityIstat { get; private set; }

    public string? Description { get; private set; }

    public List<NetworkMember> Members { get; private set; } = [];

    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static NetworkTable Create(
        string tenantId, string name, NetworkScope scope, string? district, string? municipalityIstat, string? description, DateTimeOffset now)
    {
        if (scope == NetworkScope.District && string.IsNullOrWhiteSpace(district))
        {
            throw new DomainException("district-required", "Un tavolo circoscrizionale deve indicare la circoscrizione.");
        }

        var network = new NetworkTable
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            Name = name.Trim(),
            Scope = scope,
            District = district,
            MunicipalityIstat = municipalityIstat,
            Description = description,
            Version = 1,
            CreatedAt = now,
        };
        network.Raise(NetworkEvents.Created(network, now));
        return network;
    }

    public NetworkMember AddMember(Guid organisationId, Membership membership, string? role, DateTimeOffset now)
    {
        if (Members.Any(m => m.OrganisationId == organisationId))
        {
            throw new DomainException("already-member", "L'organizzazione fa già parte del tavolo.");
        }

        var member = new NetworkMember(Guid.CreateVersion7(now), TenantId, Id, organisationId, membership, role, now);
        Members.Add(member);
        Version++;
        Raise(NetworkEvents.MemberAdded(this, member, now));
        return member;
    }

    public void RemoveMember(Guid organisationId, DateTimeOffset now)
    {
        var member = Members.FirstOrDefault(m => m.OrganisationId == organisationId)
            ?? throw new DomainException("not-a-member", "L'organizzazione non fa parte del tavolo.");
        Members.Remove(member);
        Version++;
        Raise(NetworkEvents.MemberRemoved(this, organisationId, now));
    }
}

public sealed class NetworkMember(Guid id, string tenantId, Guid networkId, Guid organisationId, Membership membership, string? role, DateTimeOffset joinedAt)
    : ITenantOwned
{
    public Guid Id { get; private set; } = id;

    public string TenantId { get; private set; } = tenantId;

    public Guid NetworkId { get; private set; } = networkId;

    public Guid OrganisationId { get; private set; } = organisationId;

    public Membership Membership { get; private set; } = membership;

    public string? Role { get; private set; } = role;

    public DateTimeOffset JoinedAt { get; private set; } = joinedAt;
}
