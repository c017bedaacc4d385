namespace Rete.Web.Organisations;

/// <summary>A regional accreditation as Registry answers it (kind and stage as their JSON names).</summary>
public sealed record Accreditation(
    Guid Id, Guid OrganisationId, string Region, string? RegisterNumber, string Kind, string Stage, DateOnly ValidFrom, DateOnly? ValidTo,
    IReadOnlyList<string> Sites, DateOnly? ExpiredOn, string? ExpiryReason, bool InForce, int Version);

public sealed record AddAccreditationRequest(
    string? Region, string? RegisterNumber, string? Kind, string? Stage, DateOnly? ValidFrom, DateOnly? ValidTo, IReadOnlyList<string>? Sites);

public sealed record RenewAccreditationRequest(DateOnly? ValidTo, string? Stage);

public sealed record ExpireAccreditationRequest(DateOnly? On, string? Reason);

/// <summary>Suspend and close carry an optional reason; reactivate none.</summary>
public sealed record StatusChangeRequest(string? Reason);
