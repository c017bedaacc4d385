namespace Rete.ServiceDefaults.Domain;

/// <summary>An entity with a Guid id: keyset paging orders and resumes by it.</summary>
public interface IHasId
{
    Guid Id { get; }
}
