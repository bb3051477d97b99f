using System.Globalization;

namespace DataStrategy.Core.Roadmap.Exchange;

public static class DependencyText
{
    public const int MaxLag = RoadmapRules.MaxLag;

    public static string Format(IEnumerable<DependencyRef> dependencies) => string.Join("; ", dependencies.Select(d => d.ToString()));

    /// <summary>Parses one part ("I-05 SS+1"); null when it is not in that form.</summary>
    public static DependencyRef? ParseOne(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var tokens = part.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is 0 or > 3 || !RoadmapCodes.IsValid(tokens[0]))
        {
            return null;
        }

        var startToStart = false;
        var lag = 0;
        var rest = string.Concat(tokens.Skip(1));
        if (rest.Length == 0)
        {
            return new DependencyRef(tokens[0]);
        }

        var upper = rest.ToUpperInvariant();
        if (upper.StartsWith("SS", StringComparison.Ordinal) || upper.StartsWith("FS", StringComparison.Ordinal))
        {
            startToStart = upper[0] == 'S';
            upper = upper[2..];
        }

        if (upper.Length > 0)
        {
            if (upper[0] is not ('+' or '-') || upper.Length > 4
                || !int.TryParse(upper, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out lag) || Math.Abs(lag) > MaxLag)
            {
                return null;
            }
        }

        return new DependencyRef(tokens[0], startToStart, lag);
    }
}
