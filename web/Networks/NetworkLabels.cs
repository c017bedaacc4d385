namespace Rete.Web.Networks;

public static class NetworkLabels
{
    public static string Scope(NetworkTable table) => table.Scope switch
    {
        "district" => $"Circoscrizione {table.District}",
        "municipality" => "Comunale",
        "consortium" => "Consortile",
        _ => table.Scope,
    };

    public static string Membership(string membership) => membership switch
    {
        "core" => "Forma ristretta",
        "extended" => "Forma allargata",
        _ => membership,
    };

    public static string Time(TimeOnly? start, TimeOnly? end) => (start, end) switch
    {
        ({ } s, { } e) => $"{s:HH\\:mm}-{e:HH\\:mm}",
        ({ } s, null) => $"dalle {s:HH\\:mm}",
        _ => "",
    };
}
