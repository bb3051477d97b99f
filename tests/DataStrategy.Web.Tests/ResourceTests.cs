using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DataStrategy.Web.Tests;

/// <summary>Every UI text exists, non-empty, in English, French and Dutch.</summary>
public sealed partial class ResourceTests
{
    private static readonly string WebProject = Path.Combine(RepositoryRoot(), "src", "DataStrategy.Web");

    [Fact]
    public void ResourceFiles_HaveTheSameKeys_NonEmpty_InEveryLanguage()
    {
        var en = Load("SharedResource.resx");
        var fr = Load("SharedResource.fr.resx");
        var nl = Load("SharedResource.nl.resx");

        Assert.True(en.Count > 100, $"only {en.Count} texts");
        Assert.Empty(en.Keys.Except(fr.Keys));
        Assert.Empty(en.Keys.Except(nl.Keys));
        Assert.Empty(fr.Keys.Except(en.Keys));
        Assert.Empty(nl.Keys.Except(en.Keys));
        Assert.Empty(en.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => "en: " + kv.Key));
        Assert.Empty(fr.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => "fr: " + kv.Key));
        Assert.Empty(nl.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => "nl: " + kv.Key));
    }

    [Fact]
    public void ResourceFiles_KeepTheSamePlaceholders_InEveryLanguage()
    {
        var en = Load("SharedResource.resx");
        foreach (var file in new[] { "SharedResource.fr.resx", "SharedResource.nl.resx" })
        {
            foreach (var (key, value) in Load(file))
            {
                Assert.True(Placeholders(en[key]).SetEquals(Placeholders(value)), $"{file}: placeholders differ for '{key}'");
            }
        }
    }

    [Fact]
    public void EveryTextUsedInCode_HasAResource()
    {
        var keys = Load("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(WebProject, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            var found = LocalizerCall().Matches(text).Concat(AttributeText().Matches(text)).Concat(EveryLanguageCall().Matches(text)).Select(m => (Literal: m.Groups["key"].Value, Joined: m.Groups["plus"].Success))
                .Concat(CountCall().Matches(text).SelectMany(m => new[] { (m.Groups["one"].Value, false), (m.Groups["other"].Value, false) }));
            foreach (var (literal, joined) in found)
            {
                var key = literal.Replace("\\\"", "\"", StringComparison.Ordinal);
                // Keys built at run time ("Role." + role) are checked per enum value below; "None." alone is a text.
                var dynamicPrefix = joined && key.Length > 1 && key.EndsWith('.') && key[..^1].All(char.IsAsciiLetter);
                if (!dynamicPrefix && !keys.Contains(key))
                {
                    missing.Add($"{Path.GetFileName(file)}: {key}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void CountedTexts_HaveBothPluralForms_InEveryLanguage_AndNameTheNumber()
    {
        // L.Count(n, one, other): French takes the singular for 0 and 1, so a singular text that writes "1"
        // instead of {0} would say "1 entretien" for none.
        var languages = new[] { ("en", Load("SharedResource.resx")), ("fr", Load("SharedResource.fr.resx")), ("nl", Load("SharedResource.nl.resx")) };
        var pairs = CodeFiles().SelectMany(f => CountCall().Matches(File.ReadAllText(f)))
            .Select(m => (One: Unescape(m.Groups["one"].Value), Other: Unescape(m.Groups["other"].Value)))
            .Distinct().ToList();
        var problems = new List<string>();
        foreach (var (one, other) in pairs)
        {
            foreach (var (language, texts) in languages)
            {
                foreach (var key in new[] { one, other })
                {
                    if (!texts.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
                    {
                        problems.Add($"{language}: no text for '{key}'");
                    }
                }

                if (texts.TryGetValue(one, out var singular) && LiteralOne().IsMatch(singular))
                {
                    problems.Add($"{language}: the singular '{singular}' writes 1 instead of {{0}}");
                }
            }
        }

        Assert.True(pairs.Count > 40, $"only {pairs.Count} counted texts found");
        Assert.Empty(problems);
    }

    [Fact]
    public void FrenchResources_FollowFrenchTypography()
    {
        var problems = Load("SharedResource.fr.resx")
            .SelectMany(kv => DataStrategy.Core.Tests.Text.FrenchTypography.Problems(kv.Value).Select(p => $"{kv.Key}: {p}"))
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void FrenchWorkingSessionTemplates_FollowFrenchTypography()
    {
        var problems = DataStrategy.Web.Pages.Sessions.SessionSeries.Default
            .SelectMany(p => new[] { p.Title.Get("fr"), p.Agenda.Get("fr") })
            .SelectMany(t => DataStrategy.Core.Tests.Text.FrenchTypography.Problems(t ?? string.Empty))
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void TextsNamingALanguage_ExistForEverySupportedLanguage()
    {
        // "Title in {language}" is looked up as "Title in French", "Title in German"…: a content language added to
        // Core's Languages needs these rows in the translation table, and this test lists those missing.
        var keys = Load("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var templates = Directory.EnumerateFiles(WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => LanguageTextCall().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var missing = templates
            .SelectMany(t => DataStrategy.Core.Languages.Content.Select(language => DataStrategy.Web.Infrastructure.LanguageText.Key(t, language)))
            // A language's own name ("Language.fr") is looked up by its code.
            .Concat(DataStrategy.Core.Languages.Content.Select(language => "Language." + language))
            .Where(key => !keys.Contains(key))
            .ToList();

        Assert.True(templates.Count > 10, $"only {templates.Count} texts naming a language found");
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("Role.", typeof(DataStrategy.Data.Entities.MemberRole))]
    [InlineData("RoleHelp.", typeof(DataStrategy.Data.Entities.MemberRole))]
    [InlineData("DepartmentKind.", typeof(DataStrategy.Data.Entities.DepartmentKind))]
    [InlineData("AuditAction.", typeof(DataStrategy.Data.Entities.AuditAction))]
    [InlineData("CampaignStatus.", typeof(DataStrategy.Data.Entities.CampaignStatus))]
    [InlineData("ResponseKind.", typeof(DataStrategy.Data.Entities.ResponseKind))]
    [InlineData("ResponseStatus.", typeof(DataStrategy.Data.Entities.ResponseStatus))]
    [InlineData("NoteKind.", typeof(DataStrategy.Data.Entities.NoteKind))]
    [InlineData("CompletedStat.", typeof(DataStrategy.Data.Entities.ResponseKind))]
    [InlineData("FindingKind.", typeof(DataStrategy.Core.Analysis.FindingKind))]
    [InlineData("FindingKind.", typeof(DataStrategy.Core.Analysis.FindingKind), ".Plural")]
    [InlineData("WorkshopStatus.", typeof(DataStrategy.Data.Entities.WorkshopStatus))]
    [InlineData("ImportanceSource.", typeof(DataStrategy.Core.Analysis.ImportanceSource))]
    [InlineData("RollUpKind.", typeof(DataStrategy.Core.Analysis.RollUpKind))]
    [InlineData("RollUpHelp.", typeof(DataStrategy.Core.Analysis.RollUpKind))]
    [InlineData("RollUpExample.", typeof(DataStrategy.Core.Analysis.RollUpKind))]
    [InlineData("AnswerState.", typeof(DataStrategy.Core.Assessment.AnswerState))]
    [InlineData("StrategyItemKind.", typeof(DataStrategy.Core.Strategy.StrategyItemKind))]
    [InlineData("StrategyItemKind.", typeof(DataStrategy.Core.Strategy.StrategyItemKind), ".Plural")]
    [InlineData("VersionStatus.", typeof(DataStrategy.Data.Entities.StrategyVersionStatus))]
    [InlineData("ApprovalDecision.", typeof(DataStrategy.Data.Entities.ApprovalDecision))]
    [InlineData("RevisionAction.", typeof(DataStrategy.Data.Entities.RevisionAction))]
    [InlineData("ChangeKind.", typeof(DataStrategy.Core.Strategy.ChangeKind))]
    [InlineData("WorkingSessionTemplate.", typeof(DataStrategy.Data.Entities.WorkingSessionTemplate))]
    [InlineData("ActionStatus.", typeof(DataStrategy.Data.Entities.ActionStatus))]
    [InlineData("SessionOutcomeKind.", typeof(DataStrategy.Data.Entities.SessionOutcomeKind))]
    [InlineData("InitiativeStatus.", typeof(DataStrategy.Data.Entities.InitiativeStatus))]
    [InlineData("Rag.", typeof(DataStrategy.Data.Entities.Rag))]
    [InlineData("DependencyType.", typeof(DataStrategy.Data.Entities.DependencyType))]
    [InlineData("RoadmapGranularity.", typeof(DataStrategy.Data.Entities.RoadmapGranularity))]
    [InlineData("RoadmapObjective.", typeof(DataStrategy.Data.Entities.RoadmapObjective))]
    [InlineData("ProposalState.", typeof(DataStrategy.Data.Entities.ProposalState))]
    [InlineData("LeftOutReason.", typeof(DataStrategy.Core.Roadmap.LeftOutReason))]
    [InlineData("KpiStatus.", typeof(DataStrategy.Core.Roadmap.KpiStatus))]
    public void EnumTexts_ExistForEveryValue(string prefix, Type enumType, string suffix = "")
    {
        var keys = Load("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);

        var missing = Enum.GetNames(enumType).Select(n => prefix + n + suffix).Where(k => !keys.Contains(k)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void StrategyFieldsAndRelations_HaveATextForEachKey()
    {
        var keys = Load("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var kinds = Enum.GetValues<DataStrategy.Core.Strategy.StrategyItemKind>();
        var fields = kinds.SelectMany(DataStrategy.Core.Strategy.StrategySchema.Fields).Append("title").Append("department").Select(f => "StrategyField." + f);
        var relations = kinds.SelectMany(DataStrategy.Core.Strategy.StrategySchema.Relations).Select(r => "StrategyRelation." + r);

        var missing = fields.Concat(relations).Distinct().Where(k => !keys.Contains(k)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void AuditedEntityTypes_HaveAText()
    {
        var keys = Load("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var audited = typeof(DataStrategy.Data.Entities.IAudited).Assembly.GetTypes()
            .Where(t => t.IsClass && typeof(DataStrategy.Data.Entities.IAudited).IsAssignableFrom(t));

        var missing = audited.Select(t => "Entity." + t.Name).Where(k => !keys.Contains(k)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void AuditedProperties_HaveAFieldLabel()
    {
        var keys = Load("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var skipped = new HashSet<string>(StringComparer.Ordinal) { "Id", "OrganisationId", "Version", "TokenHash", "IsErased", "Organisation", "User", "Department", "ContentStamp" };
        var audited = typeof(DataStrategy.Data.Entities.IAudited).Assembly.GetTypes()
            .Where(t => t.IsClass && typeof(DataStrategy.Data.Entities.IAudited).IsAssignableFrom(t));

        var missing = audited.SelectMany(t => t.GetProperties().Select(p => p.Name)).Where(n => !skipped.Contains(n))
            .Select(n => "Field." + n).Where(k => !keys.Contains(k)).Distinct().ToList();

        Assert.Empty(missing);
    }

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(WebProject, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DataStrategy.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }

    [GeneratedRegex(@"\b[lL]\[""(?<key>(?:[^""\\]|\\.)*)""(?<plus>\s*\+)?")]
    private static partial Regex LocalizerCall();

    private static IEnumerable<string> CodeFiles() =>
        Directory.EnumerateFiles(WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal);

    /// <summary>Both texts of <c>L.Count(n, "one", "other"…)</c>.</summary>
    [GeneratedRegex(@"\.Count\([^;""]*?,\s*""(?<one>(?:[^""\\]|\\.)*)"",\s*""(?<other>(?:[^""\\]|\\.)*)""")]
    private static partial Regex CountCall();

    [GeneratedRegex(@"\bEveryLanguage\.Text\(\w+,\s*""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex EveryLanguageCall();

    [GeneratedRegex(@"(?<![\w{.,])1(?![\w}.,])")]
    private static partial Regex LiteralOne();

    [GeneratedRegex(@"\bLanguageText\.For\([^,]+,\s*""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LanguageTextCall();

    [GeneratedRegex(@"(?:ErrorMessage|Display\(Name) = ""(?<key>[^""]*)""")]
    private static partial Regex AttributeText();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
