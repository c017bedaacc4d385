namespace Rete.Seeds;

/// <summary>
/// Loads one tenant's registry data in dependency order: consortium, organisations (parents first),
/// accreditations, networks, their members, their meetings. Keys in the file become ids from the API's
/// answers. Every POST has a deterministic Idempotency-Key (<c>seed:{tenant}:...</c>), so running the
/// loader again replays the first answers instead of creating duplicates.
/// </summary>
internal sealed class RegistryLoader(IRegistryApi api)
{
    public async Task<RegistrySummary> LoadAsync(SeedFile seed, CancellationToken cancellationToken)
    {
        var tenant = seed.Tenant;
        var summary = new RegistrySummary();

        var consortium = seed.Consortium;
        await api.PutAsync(
            "consortium",
            new ConsortiumRequest(
                consortium.Name,
                consortium.LeadMunicipalityIstat,
                consortium.Members.Select(m => new ConsortiumMemberRequest(m.IstatCode, m.Name, m.Population)).ToList()),
            cancellationToken);
        summary.Municipalities = consortium.Members.Count;

        var organisationIds = summary.OrganisationIds;
        foreach (var organisation in ParentsFirst(seed.Organisations))
        {
            var parentId = organisation.Parent is { } parent ? organisationIds[parent] : null;
            organisationIds[organisation.Key] = await PostForIdAsync(
                "organisations",
                new OrganisationRequest(
                    organisation.Name, organisation.Kind, organisation.TaxCode, organisation.Address,
                    organisation.MunicipalityIstat, organisation.District, organisation.Email, organisation.Phone,
                    organisation.Website, organisation.Areas, organisation.TargetGroups, parentId, organisation.Notes),
                $"seed:{tenant}:org:{organisation.Key}",
                cancellationToken);
            summary.Organisations++;
        }

        foreach (var organisation in seed.Organisations)
        {
            foreach (var accreditation in organisation.Accreditations)
            {
                await api.PostAsync(
                    $"organisations/{Uri.EscapeDataString(organisationIds[organisation.Key])}/accreditations",
                    new AccreditationRequest(
                        accreditation.Region, accreditation.RegisterNumber, accreditation.Kind, accreditation.Stage,
                        accreditation.ValidFrom, accreditation.ValidTo, accreditation.Sites),
                    $"seed:{tenant}:org:{organisation.Key}:accreditation:{accreditation.Key}",
                    cancellationToken);
                summary.Accreditations++;
            }
        }

        foreach (var network in seed.Networks)
        {
            var networkKey = $"seed:{tenant}:network:{network.Key}";
            var networkId = await PostForIdAsync(
                "networks",
                new NetworkRequest(network.Name, network.Scope, network.District, network.MunicipalityIstat, network.Description),
                networkKey,
                cancellationToken);
            summary.Networks++;
            var networkPath = $"networks/{Uri.EscapeDataString(networkId)}";

            foreach (var member in network.Members)
            {
                await api.PostAsync(
                    $"{networkPath}/members",
                    new NetworkMemberRequest(organisationIds[member.Organisation], member.Role, member.Membership),
                    $"{networkKey}:member:{member.Organisation}",
                    cancellationToken,
                    versionOf: networkPath);
                summary.Members++;
            }

            foreach (var meeting in network.Meetings)
            {
                var attendance = meeting.Attendance
                    .Select(a => new AttendanceRequest(
                        a.Organisation is { } key ? organisationIds[key] : null, a.OrganisationName, a.People))
                    .ToList();
                await api.PostAsync(
                    $"{networkPath}/meetings",
                    new MeetingRequest(
                        meeting.Date, meeting.StartTime, meeting.EndTime, meeting.Place, meeting.Agenda, attendance,
                        meeting.Minutes, meeting.Decisions),
                    $"{networkKey}:meeting:{meeting.Key}",
                    cancellationToken);
                summary.Meetings++;
            }
        }

        return summary;
    }

    private async Task<string> PostForIdAsync(string path, object body, string idempotencyKey, CancellationToken cancellationToken) =>
        await api.PostAsync(path, body, idempotencyKey, cancellationToken)
        ?? throw new RegistryException($"POST {path} (Idempotency-Key {idempotencyKey}) answered without an \"id\"");

    /// <summary>File order, except that a parent always comes before its children (the validator ruled out cycles).</summary>
    private static List<SeedOrganisation> ParentsFirst(List<SeedOrganisation> organisations)
    {
        var byKey = organisations.ToDictionary(o => o.Key);
        var ordered = new List<SeedOrganisation>(organisations.Count);
        var placed = new HashSet<string>();

        void Place(SeedOrganisation organisation)
        {
            if (placed.Contains(organisation.Key))
            {
                return;
            }

            if (organisation.Parent is { } parent)
            {
                Place(byKey[parent]);
            }

            placed.Add(organisation.Key);
            ordered.Add(organisation);
        }

        foreach (var organisation in organisations)
        {
            Place(organisation);
        }

        return ordered;
    }
}

/// <summary>What one tenant's registry load sent.</summary>
internal sealed class RegistrySummary
{
    /// <summary>The ids the Registry gave the file's organisations, by key (the grants loader refers to them).</summary>
    public Dictionary<string, string> OrganisationIds { get; } = [];

    public int Municipalities { get; set; }

    public int Organisations { get; set; }

    public int Accreditations { get; set; }

    public int Networks { get; set; }

    public int Members { get; set; }

    public int Meetings { get; set; }

    public override string ToString() =>
        $"consortium ({Count(Municipalities, "municipality", "municipalities")}), " +
        $"{Count(Organisations, "organisation", "organisations")}, {Count(Accreditations, "accreditation", "accreditations")}, " +
        $"{Count(Networks, "network", "networks")}, {Count(Members, "member", "members")}, {Count(Meetings, "meeting", "meetings")}";

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
