namespace Rete.Bench;

/// <summary>
/// Organisations that look like the network's own: Italian names by kind, municipalities of the Novarese and the
/// Torinese, areas and target groups, a line of notes. About one name in 25 holds "Girasole" (the search word).
/// </summary>
internal static class Names
{
    public const string SearchWord = "girasole";

    private static readonly (string Kind, string Stored, string Prefix)[] Kinds =
    [
        ("association", "Association", "Associazione"),
        ("socialCooperative", "SocialCooperative", "Cooperativa sociale"),
        ("parish", "Parish", "Parrocchia"),
        ("company", "Company", "Azienda"),
        ("trainingAgency", "TrainingAgency", "Agenzia formativa"),
        ("foundation", "Foundation", "Fondazione"),
        ("jobDesk", "JobDesk", "Sportello Lavoro"),
        ("accreditedOperator", "AccreditedOperator", "Servizi al lavoro"),
        ("school", "School", "Istituto"),
        ("tradeUnion", "TradeUnion", "Sindacato"),
    ];

    private static readonly string[] Words =
    [
        "Il Ponte", "La Rete", "Arcobaleno", "San Martino", "Santa Chiara", "Il Faro", "Orizzonti", "Nuovi Passi",
        "La Bussola", "Il Sentiero", "Sant'Anna", "Le Radici", "Terra Nuova", "Il Melograno", "Insieme", "La Fenice",
        "Il Mosaico", "San Giuseppe", "Don Bosco", "La Quercia", "Il Cammino", "Oltre", "Piccoli Passi", "Il Girasole",
    ];

    private static readonly (string Istat, string Town)[] Towns =
    [
        ("003149", "Trecate"), ("003049", "Cerano"), ("003130", "Romentino"), ("003164", "Vespolate"),
        ("003106", "Novara"), ("001272", "Torino"), ("001090", "Collegno"), ("001120", "Grugliasco"),
        ("001219", "Rivoli"), ("001063", "Alpignano"),
    ];

    private static readonly (string Api, string Stored)[] Areas =
    [
        ("guidance", "Guidance"), ("training", "Training"), ("placements", "Placements"), ("inclusion", "Inclusion"),
        ("disability", "Disability"), ("youth", "Youth"), ("women", "Women"), ("migrants", "Migrants"),
        ("enterpriseSupport", "EnterpriseSupport"),
    ];

    private static readonly (string Api, string Stored)[] Groups =
    [
        ("youthUnder18", "YouthUnder18"), ("adultsInDifficulty", "AdultsInDifficulty"), ("disability", "Disability"),
        ("migrants", "Migrants"), ("women", "Women"), ("longTermUnemployed", "LongTermUnemployed"),
    ];

    private static readonly string[] Notes =
    [
        "Orientamento e accompagnamento al lavoro per giovani del territorio.",
        "Tirocini di inclusione in collaborazione con i servizi sociali.",
        "Corsi di formazione professionale e certificazione delle competenze.",
        "Centro di ascolto e sostegno alle famiglie in difficoltà.",
        "Inserimenti lavorativi di persone con disabilità.",
        "Sportello per cittadini stranieri: lingua italiana e ricerca del lavoro.",
    ];

    public sealed record Organisation(
        string Name, string Kind, string StoredKind, string Istat, string Town, string[] Areas, string[] StoredAreas,
        string[] Groups, string[] StoredGroups, string Notes);

    public static Organisation Make(Random random, long n)
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        var town = Towns[random.Next(Towns.Length)];
        var word = Words[random.Next(Words.Length)];
        var name = kind.Kind is "jobDesk" or "parish" ? $"{kind.Prefix} {word} di {town.Town} {n}" : $"{kind.Prefix} {word} {Founder(random)} {n}";
        var areas = Areas.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToArray();
        var groups = Groups.OrderBy(_ => random.Next()).Take(random.Next(3)).ToArray();
        return new Organisation(name, kind.Kind, kind.Stored, town.Istat, town.Town, areas.Select(x => x.Api).ToArray(),
            areas.Select(x => x.Stored).ToArray(), groups.Select(x => x.Api).ToArray(), groups.Select(x => x.Stored).ToArray(),
            Notes[random.Next(Notes.Length)]);
    }

    private static readonly string[] Syllables =
    [
        "bar", "bel", "ca", "dor", "fa", "gal", "lo", "ma", "mon", "na", "pe", "ri", "ro", "sal", "ta", "to", "val", "ver",
        "vi", "zan", "bo", "cor", "del", "fer", "gi", "lan", "mar", "no", "pa", "ser",
    ];

    // A founder's or a place's name, as real names carry: thousands of rare words beside a few common ones. Without
    // them every word of the table is common, and PostgreSQL's statistics misjudge a word that matches nothing.
    private static string Founder(Random random)
    {
        var word = string.Concat(Enumerable.Range(0, 2 + random.Next(2)).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    /// <summary>The JSON body of a registration.</summary>
    public static object Body(long n, Random? random = null)
    {
        var o = Make(random ?? Random.Shared, n);
        return new
        {
            name = o.Name,
            kind = o.Kind,
            municipalityIstat = o.Istat,
            address = $"Via Roma {1 + (n % 120)}, {o.Town}",
            email = $"info{n}@example.org",
            areas = o.Areas,
            targetGroups = o.Groups,
            notes = o.Notes,
        };
    }
}
