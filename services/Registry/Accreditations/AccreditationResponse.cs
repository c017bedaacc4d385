namespace Rete.Registry.Accreditations;

public sealed record AccreditationResponse(
    Guid Id, Guid OrganisationId, string Region, string? RegisterNumber, AccreditationKind Kind, AccreditationStage Stage,
    DateOnly ValidFrom, DateOnly? ValidTo, IReadOnlyList<string> Sites, DateOnly? ExpiredOn, string? ExpiryReason,
    bool InForce, int Version)
{
    public static AccreditationResponse From(Accreditation a, DateOnly today) => new(
        a.Id, a.OrganisationId, a.Region, a.RegisterNumber, a.Kind, a.Stage, a.ValidFrom, a.ValidTo, a.Sites,
        a.ExpiredOn, a.ExpiryReason, a.IsInForceOn(today), a.Version);
}
