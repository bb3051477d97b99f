namespace DataStrategy.Core.Inventory;

/// <summary>What is wrong with a record of processing; the pages say it in the reader's language.</summary>
public enum ProcessingRecordError
{
    /// <summary>The field must be filled in.</summary>
    Required,

    /// <summary>Longer than <see cref="DatasetRules.MaxProcessingText"/> characters.</summary>
    TooLong,

    /// <summary>No Art. 6(1) legal basis was chosen.</summary>
    LegalBasisRequired,

    /// <summary>A legal basis or Art. 9(2) condition that is not one of the letters the article lists.</summary>
    UnknownCode,

    /// <summary>Control characters other than line breaks and tabs.</summary>
    ControlCharacters,
}
