using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;

namespace DataStrategy.Core.Text;

/// <summary>
/// One text in several languages (a value object). Stored as JSON; read in the reader's
/// language with a predictable fallback so that a missing translation never shows an empty cell.
/// </summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    private static readonly string[] FallbackOrder = [Languages.English, Languages.French, Languages.Dutch, Languages.German];
    // Accents stay one character (not \u00E9): column lengths are counted in characters, and the JSON is never HTML.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new LocalizedTextJsonConverter() },
    };
    private readonly SortedDictionary<string, string> _values;

    public LocalizedText() => _values = new(StringComparer.Ordinal);

    public LocalizedText(IEnumerable<KeyValuePair<string, string>> values) : this()
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (language, text) in values)
        {
            Set(language, text);
        }
    }

    public IReadOnlyDictionary<string, string> Values => new ReadOnlyDictionary<string, string>(_values);

    public bool IsEmpty => _values.Count == 0;

    public string? this[string language] => _values.TryGetValue(language, out var v) ? v : null;

    public static LocalizedText Of(string? fr = null, string? nl = null, string? en = null, string? de = null)
    {
        var t = new LocalizedText();
        t.Set(Languages.French, fr);
        t.Set(Languages.Dutch, nl);
        t.Set(Languages.English, en);
        t.Set(Languages.German, de);
        return t;
    }

    public LocalizedText Set(string language, string? text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        if (string.IsNullOrWhiteSpace(text))
        {
            _values.Remove(language);
        }
        else
        {
            _values[language] = text.Trim();
        }

        return this;
    }

    /// <summary>The text in <paramref name="language"/>, else in English, French, Dutch, German, else any.</summary>
    public string Get(string? language)
    {
        if (language is not null && _values.TryGetValue(language, out var exact))
        {
            return exact;
        }

        foreach (var fallback in FallbackOrder)
        {
            if (_values.TryGetValue(fallback, out var v))
            {
                return v;
            }
        }

        return _values.Values.FirstOrDefault() ?? string.Empty;
    }

    /// <summary>
    /// The text shown to a reader of <paramref name="language"/>, and the language it is actually in: the reader's own,
    /// else the first of <paramref name="preferred"/> (the organisation's languages) that has one, else the general
    /// fallback order. A result in another language must be marked with its <c>lang</c> (WCAG 3.1.2).
    /// </summary>
    public ResolvedText Resolve(string? language, IEnumerable<string>? preferred = null)
    {
        if (language is not null && _values.TryGetValue(language, out var exact))
        {
            return new ResolvedText(exact, language, false);
        }

        foreach (var fallback in (preferred ?? []).Concat(FallbackOrder))
        {
            if (_values.TryGetValue(fallback, out var v))
            {
                return new ResolvedText(v, fallback, true);
            }
        }

        return _values.Count == 0 ? new ResolvedText(string.Empty, language, false) : new ResolvedText(_values.First().Value, _values.First().Key, true);
    }

    public string ForCurrentCulture() => Get(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>True when a text exists in <paramref name="language"/> itself (no fallback).</summary>
    public bool Has(string language) => _values.ContainsKey(language);

    /// <summary>The column format: <see cref="LocalizedTextJsonConverter"/>'s object, compact.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static LocalizedText FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new LocalizedText() : JsonSerializer.Deserialize<LocalizedText>(json, JsonOptions) ?? new LocalizedText();

    public bool Equals(LocalizedText? other) =>
        other is not null && _values.Count == other._values.Count &&
        _values.All(kv => other._values.TryGetValue(kv.Key, out var v) && v == kv.Value);

    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (k, v) in _values)
        {
            hash.Add(k);
            hash.Add(v);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => ForCurrentCulture();
}
