namespace DataStrategy.Core.Translation;

/// <summary>Why an XLIFF file, or one unit of it, is refused.</summary>
public enum XliffProblem
{
    Empty,
    TooLarge,
    NotXml,
    DtdProhibited,
    NotXliff,
    WrongVersion,
    MissingLanguage,
    UnsupportedSourceLanguage,
    TargetNotAnOrganisationLanguage,
    SameLanguages,
    WrongFile,
    TooManyFiles,
    TooManyUnits,
    MissingId,
    DuplicateId,
    UnknownId,
    Markup,
    TooLong,
}
