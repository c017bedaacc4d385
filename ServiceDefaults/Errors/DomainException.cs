namespace Rete.ServiceDefaults.Errors;

/// <summary>A business rule the request would break. Answered as 409 with a machine-readable <see cref="Code"/>.</summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
