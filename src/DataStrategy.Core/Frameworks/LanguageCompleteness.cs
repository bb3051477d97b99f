namespace DataStrategy.Core.Frameworks;

/// <summary>Completeness of one language: texts present / texts that exist in any language.</summary>
public sealed record LanguageCompleteness(string Language, int Present, int Total)
{
    public int Missing => Total - Present;

    public double Ratio => Total == 0 ? 1 : (double)Present / Total;
}
