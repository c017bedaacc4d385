namespace Rete.Web.Apis;

/// <summary>An API answer: the value and its ETag, or the problem to show. Pages never see an exception for a refusal.</summary>
public sealed record ApiResult<T>(T? Value, string? ETag, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;
}
