using DataStrategy.Core.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Multilingual form fields bound as data: one input per language, named <c>Title[fr]</c>,
/// <c>Title[nl]</c>… and bound to a <c>Dictionary&lt;string, string?&gt;</c> keyed by language code.
/// The input's name is also the model-state key of its errors, so the error summary links to it.
/// The view side is the <c>_LocalizedField</c> partial (<see cref="LocalizedField"/>).
/// </summary>
public static class LocalizedFields
{
    /// <summary>The name of a language's input and the key of its errors: "Title[fr]", "Rows[0].Reasoning[nl]".</summary>
    public static string Name(string field, string language) => field + "[" + language + "]";

    /// <summary>The inputs for a stored text: one value per language it is written in.</summary>
    public static Dictionary<string, string?> From(LocalizedText? text) =>
        text?.Values.ToDictionary(v => v.Key, v => (string?)v.Value, StringComparer.Ordinal) ?? new(StringComparer.Ordinal);

    /// <summary>
    /// The languages a form offers, in display order: the organisation's content languages (German among them
    /// when it chose it), and any other content language the inputs already hold, so that a stored translation
    /// is shown and not lost on saving.
    /// </summary>
    public static IReadOnlyList<string> Languages(IEnumerable<string> organisationLanguages, params IEnumerable<IReadOnlyDictionary<string, string?>?> inputs)
    {
        ArgumentNullException.ThrowIfNull(organisationLanguages);
        ArgumentNullException.ThrowIfNull(inputs);
        var wanted = organisationLanguages.ToHashSet(StringComparer.Ordinal);
        if (!wanted.Overlaps(Core.Languages.Content))
        {
            // An organisation without languages (never saved through its form) gets the interface languages, as before.
            wanted.UnionWith(Core.Languages.All);
        }

        foreach (var input in inputs)
        {
            wanted.UnionWith(input?.Keys ?? []);
        }

        return [.. Core.Languages.Content.Where(wanted.Contains)];
    }

    /// <summary>The text the inputs hold, trimmed, in the content languages (unchecked: see <see cref="Read(ModelStateDictionary, string, IReadOnlyDictionary{string, string?}?, int, Func{string, string})"/>).</summary>
    public static LocalizedText Text(IReadOnlyDictionary<string, string?>? input)
    {
        var text = new LocalizedText();
        // Only content-language codes: with no input of this field posted, the binder fills the dictionary with every form field.
        foreach (var language in Core.Languages.Content)
        {
            text.Set(language, input?.GetValueOrDefault(language));
        }

        return text;
    }

    /// <summary>
    /// The text the inputs hold, trimmed, in the content languages. A text longer than
    /// <paramref name="maxLength"/> gets <paramref name="tooLong"/> for its language next to its input.
    /// </summary>
    public static LocalizedText Read(ModelStateDictionary state, string field, IReadOnlyDictionary<string, string?>? input, int maxLength, Func<string, string> tooLong)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(tooLong);
        var text = Text(input);
        foreach (var (language, value) in text.Values)
        {
            if (value.Length > maxLength)
            {
                state.AddModelError(Name(field, language), tooLong(language));
            }
        }

        return text;
    }

    /// <inheritdoc cref="Read(ModelStateDictionary, string, IReadOnlyDictionary{string, string?}?, int, Func{string, string})"/>
    public static LocalizedText Read(ModelStateDictionary state, string field, IReadOnlyDictionary<string, string?>? input, int maxLength, string tooLong) =>
        Read(state, field, input, maxLength, _ => tooLong);

    /// <summary>Whether the inputs hold no text in any content language.</summary>
    public static bool IsBlank(IReadOnlyDictionary<string, string?>? input) =>
        Core.Languages.Content.All(language => string.IsNullOrWhiteSpace(input?.GetValueOrDefault(language)));

    /// <summary>Puts an error about the whole field next to its first input, the one the error summary links to.</summary>
    public static void AddError(ModelStateDictionary state, string field, IReadOnlyList<string> languages, string message)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(languages);
        state.AddModelError(Name(field, languages.Count > 0 ? languages[0] : Core.Languages.Content[0]), message);
    }

    /// <summary>"At least one language": when the text is empty, puts <paramref name="message"/> next to the first language's input.</summary>
    /// <returns>Whether the text is written in some language.</returns>
    public static bool RequireAny(ModelStateDictionary state, string field, LocalizedText text, IReadOnlyList<string> languages, string message)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.IsEmpty)
        {
            return true;
        }

        AddError(state, field, languages, message);
        return false;
    }

    /// <summary>"Required in these languages": puts <paramref name="message"/> for each language left empty next to its input.</summary>
    /// <returns>Whether the text is written in every one of <paramref name="languages"/>.</returns>
    public static bool RequireIn(ModelStateDictionary state, string field, LocalizedText text, IEnumerable<string> languages, Func<string, string> message)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(message);
        var complete = true;
        foreach (var language in Core.Languages.Content.Where(languages.Contains))
        {
            if (!text.Has(language))
            {
                state.AddModelError(Name(field, language), message(language));
                complete = false;
            }
        }

        return complete;
    }
}
