using DataStrategy.Core.Frameworks;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Demo;

/// <summary>
/// The frameworks of the demo organisation beside the built-in one: the UK government's Data Maturity Assessment
/// for Government (2023), imported from the ODI tool's file as a city would import it, so the framework library,
/// the translation overview and a topic × theme report have a real second framework to show.
/// </summary>
public static class DemoFrameworks
{
    /// <summary>The key of the UK framework once imported (the ODI file's own ID).</summary>
    public static string UkKey => Uk().Id;

    /// <summary>The UK framework as the ODI tool's file describes it (English only).</summary>
    public static FrameworkDefinition Uk()
    {
        var result = FrameworkFile.Read(UkFile(), Core.Languages.English);
        return result.Framework ?? throw new InvalidOperationException("The demo's UK framework does not read: " + string.Join("; ", result.Issues));
    }

    /// <summary>The file (JSON), as published in github.com/theodi/maturity.theodi.org.</summary>
    public static byte[] UkFile()
    {
        using var stream = typeof(DemoFrameworks).Assembly.GetManifestResourceStream("DataStrategy.Data.Demo.odi-tool-DMAG2023.json")
            ?? throw new InvalidOperationException("Missing embedded demo framework.");
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>Imports the UK framework once (nothing when the organisation already has it).</summary>
    public static async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var uk = Uk();
        if (await db.Frameworks.AnyAsync(f => f.Key == uk.Id, cancellationToken))
        {
            return;
        }

        var row = await FrameworkLibrary.AddVersionAsync(db, uk, FrameworkOrigin.Imported);
        row.CreatedAt = new DateTimeOffset(2025, 2, 10, 9, 0, 0, TimeSpan.Zero);
        await db.SaveChangesAsync(cancellationToken);
    }
}
