using Microsoft.Extensions.Configuration;

namespace Rete.AppHost.Instance;

/// <summary>
/// An instance's state on disk (RETE_HOME, by default .rete/ at the repository's root): the databases, the broker,
/// and what ./rete reads of a running AppHost (its pid, its resources' states and logs, the addresses it gave them).
/// </summary>
internal sealed record InstanceDirectory(string Path)
{
    public string Logs => System.IO.Path.Combine(Path, "logs");

    public string PidFile => System.IO.Path.Combine(Path, "apphost.pid");

    public string ResourcesFile => System.IO.Path.Combine(Path, "resources");

    public string EnvFile => System.IO.Path.Combine(Path, "env");

    public static InstanceDirectory From(IDistributedApplicationBuilder builder) =>
        new(System.IO.Path.GetFullPath(builder.Configuration["RETE_HOME"] is { Length: > 0 } home
            ? home
            : System.IO.Path.Combine(builder.AppHostDirectory, "..", ".rete")));

    /// <summary>Writes a whole file or nothing: a reader never sees half of it.</summary>
    public static void WriteAtomically(string file, string content)
    {
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, file, overwrite: true);
    }
}
