using System.Text;

namespace DataStrategy.Core.Frameworks;

/// <summary>A framework file of either format: ours when it says so, else the ODI Maturity Assessment Tool's.</summary>
public static class FrameworkFile
{
    /// <param name="language">The language of an ODI tool file (ours carry their own languages).</param>
    /// <param name="themeLevel">For an ODI tool file: which level holds the themes (detected by default).</param>
    public static FrameworkParseResult Read(ReadOnlySpan<byte> content, string language, OdiThemeLevel themeLevel = OdiThemeLevel.Auto)
    {
        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[Encoding.UTF8.Preamble.Length..];
        }

        if (LooksLikeSpreadsheet(content))
        {
            return new FrameworkParseResult { Issues = [new FrameworkIssue(FrameworkErrorCode.LooksLikeSpreadsheet, "$")] };
        }

        return FrameworkJson.LooksLikeOurs(content) || !OdiFramework.LooksLikeOdi(content)
            ? FrameworkJson.Read(content)
            : OdiFramework.Read(content, language, themeLevel);
    }

    /// <summary>Not JSON, and a first line of several values separated by ; , or tabs: a CSV export.</summary>
    private static bool LooksLikeSpreadsheet(ReadOnlySpan<byte> content)
    {
        var start = content.TrimStart(" \t\r\n"u8);
        if (start.IsEmpty || start[0] is (byte)'{' or (byte)'[')
        {
            return false;
        }

        var end = start.IndexOfAny((byte)'\n', (byte)'\r');
        var line = end < 0 ? start : start[..end];
        return line.Count((byte)';') >= 1 || line.Count((byte)',') >= 1 || line.Count((byte)'\t') >= 1;
    }
}
