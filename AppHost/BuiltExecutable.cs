using System.Reflection;
using Aspire.Hosting.ApplicationModel;

namespace Rete.AppHost;

/// <summary>
/// Starts a project from its build output rather than through <c>dotnet run --no-build</c>, which keeps an SDK
/// process (about 130 MB) beside every service and evaluates the project again at each start. The projects are
/// built with the AppHost, in its configuration; where an output is missing Aspire's own launch applies.
/// </summary>
internal static class BuiltExecutable
{
    private static readonly string Configuration =
        typeof(BuiltExecutable).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static IResourceBuilder<ProjectResource> RunsBuiltExecutable<TProject>(
        this IResourceBuilder<ProjectResource> project)
        where TProject : IProjectMetadata, new()
    {
        var projectDirectory = Path.GetDirectoryName(new TProject().ProjectPath)!;
        var assemblyName = Path.GetFileNameWithoutExtension(new TProject().ProjectPath);
        var executable = Path.Combine(projectDirectory, "bin", Configuration, "net10.0", assemblyName);
        return File.Exists(executable)
            // The project's directory is the content root, as under dotnet run.
            ? project.WithAnnotation(new ExecutableAnnotation { Command = executable, WorkingDirectory = projectDirectory })
            : project;
    }
}
