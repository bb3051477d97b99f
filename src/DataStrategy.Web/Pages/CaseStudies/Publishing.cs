using DataStrategy.Data.Entities;

namespace DataStrategy.Web.Pages.CaseStudies;

/// <summary>What a case study needs before it may reach the public site.</summary>
public static class Publishing
{
    /// <summary>The sections a reader cannot do without, in every language of the organisation.</summary>
    public static IReadOnlyList<string> RequiredSections { get; } = ["Title", "Summary", "Problem", "Outcome"];

    public static IEnumerable<(string Section, string Language)> MissingTexts(CaseStudy caseStudy, IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(caseStudy);
        var wanted = languages.ToList();
        foreach (var section in RequiredSections)
        {
            var text = CaseStudyPageModel.Section(caseStudy, section);
            foreach (var language in wanted.Where(l => string.IsNullOrWhiteSpace(text[l])))
            {
                yield return (section, language);
            }
        }
    }

    /// <summary>Images whose text alternative is missing in one of the languages (position from 1, language).</summary>
    public static IEnumerable<(int Position, string Language)> MissingAltTexts(IEnumerable<CaseStudyImage> images, IEnumerable<string> languages)
    {
        var wanted = languages.ToList();
        var n = 0;
        foreach (var image in images.OrderBy(i => i.Position))
        {
            n++;
            foreach (var language in wanted.Where(l => string.IsNullOrWhiteSpace(image.AltText[l])))
            {
                yield return (n, language);
            }
        }
    }
}
