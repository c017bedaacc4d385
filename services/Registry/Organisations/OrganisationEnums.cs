namespace Rete.Registry.Organisations;

/// <summary>What kind of member of the network (nodo della rete) an organisation is.</summary>
public enum OrganisationKind
{
    Municipality,
    District,           // Circoscrizione
    EmploymentCentre,   // CPI, Centro per l'impiego
    SocialServices,     // servizi socio-assistenziali
    HealthService,      // ASL: SERT, DSM, psicologia
    AccreditedOperator, // ente accreditato ai Servizi al Lavoro
    JobDesk,            // sportello lavoro
    TrainingAgency,     // agenzia formativa
    Association,
    SocialCooperative,
    Parish,             // parrocchia, centro di ascolto
    TradeUnion,
    Company,
    Foundation,
    School,
    InHouseCompany,     // società in house dei Comuni
}

public enum OrganisationStatus
{
    Active,
    Suspended,
    Closed,
}

/// <summary>Areas of intervention.</summary>
public enum InterventionArea
{
    Guidance,       // orientamento
    Training,
    Placements,     // tirocini e inserimenti
    Inclusion,
    Disability,
    Youth,
    Women,
    Migrants,
    EnterpriseSupport,
}

public enum TargetGroup
{
    YouthUnder18,       // Fascia A
    AdultsInDifficulty, // Fascia B
    Disability,
    Migrants,
    Women,
    LongTermUnemployed,
}
