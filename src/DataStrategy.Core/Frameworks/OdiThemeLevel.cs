namespace DataStrategy.Core.Frameworks;

/// <summary>Which level of an ODI tool file holds the framework's themes (the other one holds its topics).</summary>
public enum OdiThemeLevel
{
    /// <summary>Decided by <see cref="OdiFramework.Detect"/>.</summary>
    Auto,

    /// <summary>Activities are themes, dimensions topics: the UK government framework (Culture, Data, Leadership… across ten topics).</summary>
    Activity,

    /// <summary>Dimensions are themes, their activities topics: the ODI's own model (five themes, each with its activities).</summary>
    Dimension,
}
