using System.Collections.Concurrent;
using System.Text;
using DataStrategy.Core.Frameworks;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Assessment;

/// <summary>Stores framework versions and reads their documents (parsed once per version).</summary>
public static class FrameworkLibrary
{
    private static readonly ConcurrentDictionary<(Guid Id, Guid Version), FrameworkDefinition> Cache = new();

    /// <summary>The parsed document. Treat it as read-only: it is shared between requests.</summary>
    public static FrameworkDefinition Definition(Framework row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (Cache.Count > 500)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd((row.Id, row.Version), _ =>
            FrameworkJson.Read(Encoding.UTF8.GetBytes(row.Content)).Framework
            ?? throw new InvalidOperationException($"Stored framework {row.Id} is invalid."));
    }

    /// <summary>
    /// The parsed document of a framework by ID, reading only its version stamp when it is already
    /// parsed (the content is ~150 KB of JSON: hot paths such as autosave must not load it each time).
    /// </summary>
    public static async Task<FrameworkDefinition?> DefinitionAsync(AppDbContext db, Guid frameworkId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var version = await db.Frameworks.Where(f => f.Id == frameworkId).Select(f => (Guid?)f.Version).SingleOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return null;
        }

        if (Cache.TryGetValue((frameworkId, version.Value), out var cached))
        {
            return cached;
        }

        var row = await db.Frameworks.AsNoTracking().SingleAsync(f => f.Id == frameworkId, cancellationToken);
        return Definition(row);
    }

    /// <summary>A copy the caller may change.</summary>
    public static FrameworkDefinition EditableCopy(Framework row) => FrameworkJson.Read(Encoding.UTF8.GetBytes(row.Content)).Framework!;

    public static Task<bool> IsFrozenAsync(AppDbContext db, Guid frameworkId) => db.Campaigns.AnyAsync(c => c.FrameworkId == frameworkId);

    /// <summary>Adds a framework as the next version of its family (version 1 for a new family).</summary>
    public static async Task<Framework> AddVersionAsync(AppDbContext db, FrameworkDefinition definition, FrameworkOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(definition);
        var versions = await db.Frameworks.Where(f => f.Key == definition.Id).Select(f => (int?)f.VersionNumber).MaxAsync();
        var row = new Framework { Key = definition.Id, VersionNumber = (versions ?? 0) + 1, Origin = origin };
        Fill(row, definition);
        db.Frameworks.Add(row);
        return row;
    }

    /// <summary>
    /// Saves changed texts: in place while no campaign uses the version, otherwise as a new
    /// version (a frozen framework never changes under a campaign's answers).
    /// </summary>
    public static async Task<Framework> SaveEditAsync(AppDbContext db, Framework row, FrameworkDefinition changed)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(row);
        if (await IsFrozenAsync(db, row.Id))
        {
            return await AddVersionAsync(db, changed, FrameworkOrigin.Edited);
        }

        Fill(row, changed);
        return row;
    }

    public static async Task<Framework?> InstallBuiltInAsync(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var city = BuiltInFrameworks.City();
        if (await db.Frameworks.AnyAsync(f => f.Key == city.Id && f.Origin == FrameworkOrigin.BuiltIn && f.VersionLabel == city.VersionLabel))
        {
            return null;
        }

        return await AddVersionAsync(db, city, FrameworkOrigin.BuiltIn);
    }

    private static void Fill(Framework row, FrameworkDefinition definition)
    {
        row.Key = definition.Id;
        row.VersionLabel = definition.VersionLabel;
        row.Name = definition.Name;
        row.ThemeCount = definition.Themes.Count;
        row.TopicCount = definition.Topics.Count;
        row.QuestionCount = definition.Questions.Count;
        row.LevelCount = definition.Levels.Count;
        row.Content = Encoding.UTF8.GetString(FrameworkJson.Write(definition));
    }
}
