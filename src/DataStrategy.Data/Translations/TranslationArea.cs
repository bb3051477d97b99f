namespace DataStrategy.Data.Translations;

/// <summary>The parts of the content a translator works on, one exchange file each.</summary>
public enum TranslationArea
{
    Framework,
    Strategy,
    Roadmap,
    CaseStudies,
}
