using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Json;

namespace Rete.Placements.Projects;

public sealed record OpenProjectRequest(Guid? PersonId, string? Programme, string? Measure, Guid? OrganisationId, DateOnly? OpenedOn);

public sealed record ConcludeProjectRequest(DateOnly? ConcludedOn);

public sealed record ProjectResponse(
    Guid Id, Guid PersonId, string Programme, string Measure, Guid? OrganisationId, DateOnly OpenedOn, DateOnly? ConcludedOn, int Version)
{
    public static ProjectResponse From(Project p) =>
        new(p.Id, p.PersonId, EnumText.Name(p.Programme), EnumText.Name(p.Measure), p.OrganisationId, p.OpenedOn, p.ConcludedOn, p.Version);
}

/// <summary>
/// Projects in a period: every project open at some time in [from, to]; <c>concluded</c> those concluded within it,
/// <c>ongoing</c> those still open at its end. Total = concluded + ongoing.
/// </summary>
public sealed record ProjectCounts(DateOnly From, DateOnly To, int Total, int Opened, int Concluded, int Ongoing);

internal sealed class OpenProjectRequestValidator : AbstractValidator<OpenProjectRequest>
{
    public OpenProjectRequestValidator()
    {
        RuleFor(r => r.PersonId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Programme).NotEmpty().Must(p => EnumText.TryParse<Programme>(p, out _))
            .WithMessage($"Programma sconosciuto. Valori possibili: {EnumText.Names<Programme>()}.");
        RuleFor(r => r.Measure).NotEmpty().Must(m => EnumText.TryParse<Measure>(m, out _))
            .WithMessage($"Misura sconosciuta. Valori possibili: {EnumText.Names<Measure>()}.");
        RuleFor(r => r.OrganisationId).NotEqual(Guid.Empty);
        RuleFor(r => r.OpenedOn).NotNull().InclusiveBetween(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
    }
}

internal sealed class ConcludeProjectRequestValidator : AbstractValidator<ConcludeProjectRequest>
{
    public ConcludeProjectRequestValidator() =>
        RuleFor(r => r.ConcludedOn).NotNull().InclusiveBetween(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
}

public static class ProjectsApi
{
    public static RouteGroupBuilder MapProjectsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/projects").WithTags("Progetti");
        group.MapPost("/", OpenAsync).Validate<OpenProjectRequest>().RequireAuthorization(PlacementsPolicies.Manage)
            .WithName("OpenProject").WithSummary("Apre un progetto: una misura per una persona entro un programma");
        group.MapPost("/{id:guid}/conclude", ConcludeAsync).Validate<ConcludeProjectRequest>().RequireAuthorization(PlacementsPolicies.Manage)
            .WithName("ConcludeProject").WithSummary("Conclude un progetto");
        group.MapGet("/", ListAsync).RequireAuthorization(PlacementsPolicies.Manage).WithName("ListProjects").WithSummary("Elenco dei progetti");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(PlacementsPolicies.Manage).WithName("GetProject")
            .WithSummary("Un progetto, con la versione (ETag) da indicare per concluderlo");
        group.MapGet("/counts", CountAsync).RequireAuthorization(PlacementsPolicies.Read).WithName("CountProjects")
            .WithSummary("Progetti del periodo ?from=&to=: totali, aperti, conclusi, in corso");
        return api;
    }

    private static async Task<Created<ProjectResponse>> OpenAsync(
        OpenProjectRequest request, PlacementsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        _ = EnumText.TryParse<Programme>(request.Programme, out var programme);
        _ = EnumText.TryParse<Measure>(request.Measure, out var measure);
        var project = Project.Open(db.CurrentTenantId!, request.PersonId!.Value, programme, measure, request.OrganisationId,
            request.OpenedOn!.Value, clock.GetUtcNow());
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        ETags.Set(response, project.Version);
        return TypedResults.Created($"/api/placements/projects/{project.Id}", ProjectResponse.From(project));
    }

    private static async Task<Results<Ok<ProjectResponse>, ProblemHttpResult>> ConcludeAsync(
        Guid id, ConcludeProjectRequest request, PlacementsDbContext db, TimeProvider clock, HttpRequest httpRequest, HttpResponse response,
        CancellationToken ct)
    {
        var project = await db.Projects.AsTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return Problems.NotFound("Progetto non trovato.");
        }

        if (ETags.Precondition(httpRequest, project.Version) is { } precondition)
        {
            return precondition;
        }

        project.Conclude(request.ConcludedOn!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        ETags.Set(response, project.Version);
        return TypedResults.Ok(ProjectResponse.From(project));
    }

    private static async Task<Results<Ok<ProjectResponse>, ProblemHttpResult>> GetAsync(
        Guid id, PlacementsDbContext db, HttpResponse response, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return Problems.NotFound("Progetto non trovato.");
        }

        ETags.Set(response, project.Version);
        return TypedResults.Ok(ProjectResponse.From(project));
    }

    private static async Task<Results<Ok<Page<ProjectResponse>>, ValidationProblem>> ListAsync(
        PlacementsDbContext db, CancellationToken ct, Guid? personId = null, int? limit = null, string? cursor = null)
    {
        if (!PageRequest.TryParse(limit, cursor, out var page, out var problem))
        {
            return problem;
        }

        var query = db.Projects.AsQueryable();
        if (personId is not null)
        {
            query = query.Where(p => p.PersonId == personId);
        }

        return TypedResults.Ok(await query.ToPageAsync(page, ProjectResponse.From, ct));
    }

    private static async Task<Results<Ok<ProjectCounts>, ValidationProblem>> CountAsync(
        PlacementsDbContext db, CancellationToken ct, DateOnly? from = null, DateOnly? to = null)
    {
        if (from is null || to is null || to < from)
        {
            return Problems.Invalid("to", "Indicare il periodo con from e to (AAAA-MM-GG), to non prima di from.");
        }

        var inPeriod = db.Projects.Where(p => p.OpenedOn <= to && (p.ConcludedOn == null || p.ConcludedOn >= from));
        var total = await inPeriod.CountAsync(ct);
        var opened = await inPeriod.CountAsync(p => p.OpenedOn >= from, ct);
        var concluded = await inPeriod.CountAsync(p => p.ConcludedOn != null && p.ConcludedOn <= to, ct);
        return TypedResults.Ok(new ProjectCounts(from.Value, to.Value, total, opened, concluded, total - concluded));
    }
}
