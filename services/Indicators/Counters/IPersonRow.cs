namespace Rete.Indicators.Counters;

/// <summary>A figure row about one person: its counts go to the area where the person lives.</summary>
internal interface IPersonRow
{
    Guid? PersonId { get; }
}
