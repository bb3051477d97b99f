namespace DataStrategy.Data.Assessment;

public enum AnswerImportStatus
{
    /// <summary>A batch was written.</summary>
    Imported,

    /// <summary>The file, or some of its respondents, are already there and no choice was made: nothing was written.</summary>
    ChoiceNeeded,

    /// <summary>Skipping the respondents already there left nothing to import: nothing was written.</summary>
    NothingToImport,

    /// <summary>Another import wrote some of these respondents in the meantime: nothing was written.</summary>
    Conflict,
}
