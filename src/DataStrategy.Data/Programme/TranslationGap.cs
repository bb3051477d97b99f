using DataStrategy.Data.Translations;

namespace DataStrategy.Data.Programme;

/// <summary>How many texts of an area lack a translation in one of the organisation's languages.</summary>
public sealed record TranslationGap(TranslationArea Area, string Language, int Missing);
