namespace DataStrategy.Data.Saving;

/// <summary>What one context has written and not yet announced: the organisations whose content stamp must change.</summary>
internal sealed class ContentChanges
{
    /// <summary>A write made without an organisation (accounts, the CLI, seeding): every organisation's stamp changes.</summary>
    public bool All { get; set; }

    public HashSet<Guid> Organisations { get; } = [];

    public bool IsEmpty => !All && Organisations.Count == 0;
}
