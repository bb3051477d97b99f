namespace DataStrategy.Data.Entities;

/// <summary>What a part of a Show &amp; Tell presents, in the order the presentation walks through.</summary>
public enum AgendaItemKind
{
    Assessment,
    Strategy,
    Roadmap,
    CaseStudy,
    Other,
}
