namespace Rete.Placements.Placements;

/// <summary>Tirocinio formativo, tirocinio osservativo (people with disabilities, with social services), corso, assunzione.</summary>
public enum PlacementKind
{
    Training,
    Observational,
    Course,
    Hire,
}

public enum PlacementStatus
{
    Proposed,
    Funded,
    Active,
    Completed,
    Interrupted,
    Cancelled,
}

/// <summary>Esito: assunto (with a contract type), proroga, nessuna assunzione, abbandono.</summary>
public enum PlacementOutcome
{
    Hired,
    Extended,
    NoHire,
    DroppedOut,
}
