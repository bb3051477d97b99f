using System.Globalization;
using System.Reflection;
using DataStrategy.Core;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Cli;

/// <summary>
/// What dss says, in the language given by <c>--language</c> (the current UI culture: fr, nl, else English). It reads
/// the web app's own translation table (src/DataStrategy.Web/Resources/SharedResource.tsv, embedded at build), so the
/// command line and the pages say the same thing in the same words, and one rule turns an import code into a sentence
/// (<see cref="Data.Messages.ImportMessages"/>).
/// </summary>
public sealed class CliText : IStringLocalizer
{
    public static CliText Instance { get; } = new();

    // key → (en, fr, nl), as scripts/i18n.py reads the table: an empty English cell means "the key itself".
    private static readonly Lazy<Dictionary<string, string[]>> Table = new(Load);

    /// <summary>The language messages are written in now: fr or nl when the UI culture is one of them, else English.</summary>
    public static string Language
    {
        get
        {
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            return Languages.IsSupported(language) ? language : Languages.English;
        }
    }

    /// <summary>Makes <paramref name="language"/> (fr, nl or en) the language of what this thread of work says next.</summary>
    public static void Use(string language) =>
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Languages.IsSupported(language) ? language : Languages.English);

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var found = Table.Value.TryGetValue(name, out var row);
            return new LocalizedString(name, found ? row![Column(Language)] : name, resourceNotFound: !found);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            var culture = Language == Languages.English ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo(Language + "-BE");
            return new LocalizedString(name, string.Format(culture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Table.Value.Keys.Select(key => this[key]);

    /// <summary>Whether the table has <paramref name="key"/> (the tests check every text the CLI says).</summary>
    public static bool Has(string key) => Table.Value.ContainsKey(key);

    private static int Column(string language) => language switch
    {
        Languages.French => 1,
        Languages.Dutch => 2,
        _ => 0,
    };

    private static Dictionary<string, string[]> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SharedResource.tsv")
            ?? throw new InvalidOperationException("The translation table is not embedded in dss.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        _ = reader.ReadLine(); // key, en, fr, nl
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length < 4 || cells[0].Length == 0)
            {
                continue;
            }

            table[cells[0]] = [cells[1].Length == 0 ? cells[0] : cells[1], cells[2], cells[3]];
        }

        return table;
    }
}
