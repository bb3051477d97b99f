using System.Globalization;
using DataStrategy.Core.Text;

namespace DataStrategy.Core.Documents;

/// <summary>
/// A document's own words (headings, labels, fixed sentences) by key, in English, French and Dutch.
/// One table per document (<see cref="Report"/>, <see cref="Strategy"/>): their keys overlap with
/// different words ("Target" is "Doel" in the report, "Streefwaarde" in the strategy). They live in
/// Core, not in the web application's resources, because the CLI writes the same documents.
/// </summary>
public sealed partial class DocumentTexts
{
    /// <summary>Suffix of a counted text's singular form; see <see cref="Count"/>.</summary>
    public const string OneSuffix = ".One";

    /// <summary>Suffix of a counted text's plural form; see <see cref="Count"/>.</summary>
    public const string OtherSuffix = ".Other";

    private readonly Dictionary<string, (string En, string Fr, string Nl)> texts = new(StringComparer.Ordinal);

    private DocumentTexts()
    {
    }

    public IReadOnlyCollection<string> Keys => texts.Keys;

    /// <summary>Sets a text while the table is written (a later entry with the same key replaces an earlier one).</summary>
    public (string En, string Fr, string Nl) this[string key]
    {
        get => texts[key];
        private init => texts[key] = value;
    }

    /// <summary>fr-BE, nl-BE or en-GB; the invariant culture for a language the product does not ship.</summary>
    public static CultureInfo Culture(string language) =>
        Languages.IsSupported(language) ? CultureInfo.GetCultureInfo(language == Languages.English ? "en-GB" : language + "-BE") : CultureInfo.InvariantCulture;

    public bool Contains(string key) => texts.ContainsKey(key);

    /// <summary>
    /// A name quoted as the language quotes (« name » with non-breaking spaces in French, “name” in Dutch and English),
    /// so that a sentence never glues its own article or preposition to a name that carries one ("le référentiel
    /// Référentiel…", "lors de Évaluation 2024").
    /// </summary>
    public static string Quote(string? name, string language) => language == Languages.French
        ? "«\u00A0" + (name ?? string.Empty).Trim() + "\u00A0»"
        : "“" + (name ?? string.Empty).Trim() + "”";

    /// <summary>The text in a language (fr, nl; anything else is English), formatted with the language's culture.</summary>
    public string Get(string key, string language, params object?[] args)
    {
        var (en, fr, nl) = texts[key];
        var text = language switch
        {
            Languages.French => fr,
            Languages.Dutch => nl,
            _ => en,
        };
        return args.Length == 0 ? text : string.Format(Culture(language), text, args);
    }

    /// <summary>
    /// A counted text: <c>key.One</c> or <c>key.Other</c> by the language's plural rule (<see cref="Plural"/>: French
    /// "0 entretien", Dutch and English "0 interviews"), with the number written in the language's culture as {0}.
    /// </summary>
    /// <param name="more">Further arguments, {1} onwards.</param>
    public string Count(string key, string language, long n, params object?[] more)
    {
        ArgumentNullException.ThrowIfNull(more);
        var form = Plural.Of(language, n) == PluralCategory.One ? OneSuffix : OtherSuffix;
        return Get(key + form, language, [n.ToString("N0", Culture(language)), .. more]);
    }

    /// <summary>The keys of counted texts (those with a <c>.One</c> and an <c>.Other</c> form), without the suffix.</summary>
    public IEnumerable<string> CountedKeys =>
        texts.Keys.Where(k => k.EndsWith(OneSuffix, StringComparison.Ordinal) || k.EndsWith(OtherSuffix, StringComparison.Ordinal))
            .Select(k => k[..k.LastIndexOf('.')]).Distinct(StringComparer.Ordinal);

    public bool IsComplete(string key) => texts.TryGetValue(key, out var t) && t.En.Length > 0 && t.Fr.Length > 0 && t.Nl.Length > 0;

    /// <summary>Every text in a language, by key.</summary>
    public IReadOnlyDictionary<string, string> For(string language) =>
        texts.Keys.ToDictionary(k => k, k => Get(k, language), StringComparer.Ordinal);
}
