using System.Text.RegularExpressions;

namespace DataStrategy.Core.Tests.Codebase;

/// <summary>The layout docs/architecture.md describes, held by the source itself.</summary>
public sealed partial class SourceLayoutTests
{
    [GeneratedRegex(@"^(?:public |internal |file )?(?:(?:sealed|static|abstract|partial|readonly) )*(?:class|record struct|record|struct|enum|interface) ([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DataStrategy.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }

    /// <summary>Hand-written C# files of the application (generated migrations and build output left out).</summary>
    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void SourceFiles_HoldOneTopLevelTypeEach_NamedAfterIt()
    {
        var files = SourceFiles().ToList();
        var wrong = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var stem = name[..name.IndexOf('.', StringComparison.Ordinal)];
            var types = TopLevelType().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).ToList();
            // A Razor page's model lives in Page.cshtml.cs and is called PageModel.
            if (types.Count > 1 || types.Any(t => t != stem && t != stem + "Model"))
            {
                wrong.Add($"{Path.GetRelativePath(RepositoryRoot(), file)}: {string.Join(", ", types)}");
            }
        }

        Assert.True(files.Count > 300, $"only {files.Count} source files found");
        Assert.True(wrong.Count == 0, "one type per file, named after it:\n" + string.Join('\n', wrong));
    }

    [Theory]
    [InlineData("src/DataStrategy.Data/AppDbContext.cs", 300)]
    [InlineData("src/DataStrategy.Web/Program.cs", 100)]
    public void EntryFiles_StayShort(string path, int maxLines)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), path)).Length;

        Assert.True(lines <= maxLines, $"{path} has {lines} lines (at most {maxLines}): move detail to its own type");
    }
}
