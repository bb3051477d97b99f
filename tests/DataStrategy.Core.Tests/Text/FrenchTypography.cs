using System.Text.RegularExpressions;

namespace DataStrategy.Core.Tests.Text;

/// <summary>
/// The rules of French typography a French text of the product follows: a non-breaking space (U+00A0, or the narrow
/// U+202F) before <c>: ; ? !</c> and inside « », and guillemets rather than "…" or “…” for quotations. Placeholders and
/// format strings ({0}, {0:N1}), web addresses, markup and times (10:30) are not French prose and are left out.
/// Shared by the resource tests (Web) and the document text tests (Core).
/// </summary>
public static partial class FrenchTypography
{
    public static IReadOnlyList<string> Problems(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Protected spans become letters, so "{0}:" still needs its space but "{0:N1}" or "10:30" holds no colon.
        var masked = NotProse().Replace(text, m => new string('x', m.Length));
        var problems = new List<string>();
        for (var i = 0; i < masked.Length; i++)
        {
            var c = masked[i];
            if (c is ':' or ';' or '?' or '!')
            {
                var before = i > 0 ? masked[i - 1] : '\0';
                if (i > 0 && !IsNoBreakSpace(before) && before is not (':' or ';' or '?' or '!' or '(' or '«'))
                {
                    problems.Add($"no non-breaking space before '{c}' in “…{Excerpt(text, i)}…”");
                }
            }
            else if (c == '«' && (i + 1 >= masked.Length || !IsNoBreakSpace(masked[i + 1])))
            {
                problems.Add($"no non-breaking space after « in “…{Excerpt(text, i)}…”");
            }
            else if (c == '»' && (i == 0 || !IsNoBreakSpace(masked[i - 1])))
            {
                problems.Add($"no non-breaking space before » in “…{Excerpt(text, i)}…”");
            }
        }

        if (QuotationInEnglishMarks().IsMatch(masked))
        {
            problems.Add($"a quotation in \"…\" or “…”: French uses « … » in “{text}”");
        }

        return problems;
    }

    private static bool IsNoBreakSpace(char c) => c is '\u00A0' or '\u202F';

    private static string Excerpt(string text, int at) => text[Math.Max(0, at - 15)..Math.Min(text.Length, at + 3)];

    [GeneratedRegex(@"\{[^{}]*\}|https?://\S+|<[^>]*>|&\w+;|\b\d{1,2}:\d{2}\b")]
    private static partial Regex NotProse();

    [GeneratedRegex("\"[^\"]+\"|“[^”]*”")]
    private static partial Regex QuotationInEnglishMarks();
}
