using Aspire.Hosting.ApplicationModel;

namespace Rete.AppHost.Infrastructure;

/// <summary>
/// The broker as an executable that is also the "messaging" connection string, so the resource a project waits
/// for and the key it reads (ConnectionStrings__messaging) carry one name, as with Aspire's RabbitMQ container.
/// </summary>
internal sealed class LocalRabbitMqResource(string name, string command, string workingDirectory, string connectionString)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public ReferenceExpression ConnectionStringExpression { get; } = ReferenceExpression.Create($"{connectionString}");
}
