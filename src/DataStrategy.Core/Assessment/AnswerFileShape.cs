using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Assessment;

/// <summary>
/// What a file given as answers looks like when none of its columns is a question: a list of stakeholders, a roadmap,
/// a framework (JSON) or another table. The page and the CLI say it in one sentence before the details.
/// </summary>
public static class AnswerFileShape
{
    public const string Stakeholders = "stakeholders";
    public const string Roadmap = "roadmap";
    public const string Framework = "framework";
    public const string Table = "table";

    private static readonly string[] EmailNames = ["email", "e mail", "courriel", "mail", "e-mail"];
    private static readonly string[] RoadmapNames = ["start", "debut", "end", "fin", "initiative", "dependencies", "dependances", "afhankelijkheden", "einde"];

    /// <summary>The <see cref="ImportErrorCode.WrongShape"/> issue for a table with this header.</summary>
    public static ImportIssue Describe(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var names = header.Select(StakeholderImport.Normalize).ToList();
        var first = string.Join(", ", header.Take(5).Select(h => h.Length > 40 ? h[..40] + "…" : h)) + (header.Count > 5 ? ", …" : string.Empty);
        var kind = header.Count > 0 && header[0].TrimStart().StartsWith('{') ? Framework
            : names.Any(n => EmailNames.Contains(n)) ? Stakeholders
            : names.Count(n => RoadmapNames.Contains(n)) >= 2 ? Roadmap
            : Table;
        return new ImportIssue(ImportErrorCode.WrongShape, Column: kind, Value: first);
    }

    /// <summary>A file refused as a table (not CSV or XLSX) that is a JSON document: most likely a framework file.</summary>
    public static ImportIssue? Sniff(ReadOnlySpan<byte> content)
    {
        var start = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF ? content[3..] : content;
        start = start.TrimStart(" \t\r\n"u8);
        return start.Length > 0 && start[0] == (byte)'{' ? new ImportIssue(ImportErrorCode.WrongShape, Column: Framework, Value: "JSON") : null;
    }
}
