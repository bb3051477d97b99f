using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Tests.Assessment;

internal static class AnswerImportTestData
{
    public static FrameworkDefinition City { get; } = BuiltInFrameworks.City();

    /// <summary>A table as the file reader returns it: header on row 1, data rows numbered from 2.</summary>
    public static TabularData Table(string[] header, params string[][] rows) =>
        new(header, rows, Enumerable.Range(2, rows.Length).ToList(), "utf-8");
}
