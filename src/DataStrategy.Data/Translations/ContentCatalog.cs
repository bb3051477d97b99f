using System.Reflection;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Text;
using DataStrategy.Core.Translation;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Translations;

/// <summary>
/// Every translatable text of one area (a framework version, the strategy's working draft, the roadmap, the case
/// studies) with its stable ID, read from tracked rows so that translations can be written back. Roadmap and case
/// study texts are found by their type: every <see cref="LocalizedText"/> property is one text, so a field made
/// multilingual later joins the catalog by itself (its ID is <c>{record}.{guid}.{property}</c>).
/// </summary>
public sealed class ContentCatalog
{
    private readonly FrameworkDefinition? _definition;

    private ContentCatalog(TranslationArea area, string fileId, IReadOnlyList<ContentText> texts, Framework? framework, FrameworkDefinition? definition)
    {
        Area = area;
        FileId = fileId;
        Texts = texts;
        Framework = framework;
        _definition = definition;
    }

    public TranslationArea Area { get; }

    /// <summary>The XLIFF file ID: "strategy", "roadmap", "case-studies", "framework.{key}" (the same for every version).</summary>
    public string FileId { get; }

    public IReadOnlyList<ContentText> Texts { get; }

    public Framework? Framework { get; }

    public IReadOnlyList<TranslatableText> Current => [.. Texts.Select(t => t.Text)];

    /// <summary>How many texts lack a translation in each language.</summary>
    public IReadOnlyDictionary<string, int> Missing(IEnumerable<string> languages) =>
        languages.Distinct().ToDictionary(l => l, l => Texts.Count(t => !t.Value.Has(l)));

    /// <summary>The language most texts are written in: where a translator starts from.</summary>
    public string MostWrittenLanguage(IReadOnlyList<string> candidates, string fallback)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var best = candidates.Select(l => (Language: l, Count: Texts.Count(t => t.Value.Has(l)))).OrderByDescending(x => x.Count).FirstOrDefault();
        return best.Count > 0 ? best.Language : fallback;
    }

    /// <summary>The latest version of each framework the organisation has, by name.</summary>
    public static async Task<List<Framework>> LatestFrameworksAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Frameworks.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.GroupBy(f => f.Key).Select(g => g.OrderByDescending(f => f.VersionNumber).First()).OrderBy(f => f.Key, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Loads an area (for <see cref="TranslationArea.Framework"/>, the framework <paramref name="frameworkId"/>; null
    /// when it does not exist). <paramref name="mayChange"/> says whether the reader may change a case study.
    /// </summary>
    public static async Task<ContentCatalog?> LoadAsync(AppDbContext db, TranslationArea area, Guid? frameworkId = null, Func<CaseStudy, bool>? mayChange = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var texts = new List<ContentText>();
        switch (area)
        {
            case TranslationArea.Framework:
                var row = frameworkId is null ? null : await db.Frameworks.SingleOrDefaultAsync(f => f.Id == frameworkId, cancellationToken);
                if (row is null)
                {
                    return null;
                }

                var definition = FrameworkLibrary.EditableCopy(row);
                AddFramework(texts, row, definition);
                return new ContentCatalog(area, "framework." + row.Key, texts, row, definition);
            case TranslationArea.Strategy:
                await AddStrategyAsync(db, texts, cancellationToken);
                return new ContentCatalog(area, "strategy", texts, null, null);
            case TranslationArea.Roadmap:
                foreach (var w in await db.Workstreams.OrderBy(w => w.Position).ToListAsync(cancellationToken))
                {
                    AddRecord(texts, w, "workstream", w.Id, w.Version, w.Name, w, readOnly: false);
                }

                foreach (var t in await db.DeliveryTeams.OrderBy(t => t.Position).ToListAsync(cancellationToken))
                {
                    AddRecord(texts, t, "team", t.Id, t.Version, t.Name, t, readOnly: false);
                }

                var milestones = (await db.Milestones.ToListAsync(cancellationToken)).ToLookup(m => m.InitiativeId);
                foreach (var i in await db.Initiatives.OrderBy(i => i.Position).ThenBy(i => i.Code).ToListAsync(cancellationToken))
                {
                    AddRecord(texts, i, "initiative", i.Id, i.Version, i.Title, i, readOnly: false);
                    foreach (var m in milestones[i.Id].OrderBy(m => m.DueOn))
                    {
                        AddRecord(texts, m, "milestone", m.Id, m.Version, m.Title, m, readOnly: false);
                    }
                }

                foreach (var k in await db.Kpis.OrderBy(k => k.Position).ToListAsync(cancellationToken))
                {
                    AddRecord(texts, k, "kpi", k.Id, k.Version, k.Name, k, readOnly: false);
                }

                return new ContentCatalog(area, "roadmap", texts, null, null);
            case TranslationArea.CaseStudies:
                var images = (await db.CaseStudyImages.ToListAsync(cancellationToken)).ToLookup(i => i.CaseStudyId);
                foreach (var c in (await db.CaseStudies.ToListAsync(cancellationToken)).OrderBy(c => c.CreatedAt).ThenBy(c => c.Slug, StringComparer.Ordinal))
                {
                    var readOnly = mayChange is not null && !mayChange(c);
                    AddRecord(texts, c, "casestudy", c.Id, c.Version, c.Title, c, readOnly);
                    for (var n = 0; n < c.Figures.Count; n++)
                    {
                        // Figures have no ID of their own: their place in the case study (at most four) names them.
                        AddProperties(texts, c.Figures[n], $"casestudy.{c.Id:D}.figure.{n + 1}", c, c.Id, c.Version, c.Title, "CaseStudy", readOnly);
                    }

                    foreach (var image in images[c.Id].OrderBy(i => i.Position))
                    {
                        AddProperties(texts, image, $"image.{image.Id:D}", c, c.Id, c.Version, c.Title, "CaseStudy", readOnly);
                    }
                }

                return new ContentCatalog(area, "case-studies", texts, null, null);
            default:
                throw new ArgumentOutOfRangeException(nameof(area), area, null);
        }
    }

    /// <summary>
    /// Writes translations into <paramref name="language"/> (nothing is saved: the caller saves, with its concurrency
    /// rules). <paramref name="expectedVersions"/>, by group, are the tokens the translator saw: a save then fails
    /// rather than overwrite a record changed since. Returns the framework version that now holds the texts, if any.
    /// </summary>
    public async Task<Framework?> ApplyAsync(AppDbContext db, string language, IEnumerable<TranslationChange> changes, IReadOnlyDictionary<string, Guid>? expectedVersions, DateTimeOffset now, string? userName)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(changes);
        var byId = Texts.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var touched = new Dictionary<string, ContentText>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            var text = byId[change.Id];
            text.Write(language, change.Text);
            touched.TryAdd(text.GroupKey, text);
        }

        if (touched.Count == 0)
        {
            return null;
        }

        if (Framework is not null)
        {
            if (expectedVersions?.TryGetValue(touched.Keys.First(), out var expected) == true)
            {
                db.Entry(Framework).Property(f => f.Version).OriginalValue = expected;
            }

            return await FrameworkLibrary.SaveEditAsync(db, Framework, _definition!);
        }

        foreach (var (group, text) in touched)
        {
            var entry = db.Entry(text.Owner);
            if (expectedVersions?.TryGetValue(group, out var expected) == true)
            {
                entry.Property(nameof(IVersioned.Version)).OriginalValue = expected;
            }

            switch (text.Owner)
            {
                case StrategyItem item:
                    item.UpdatedAt = now;
                    StrategyWorkspace.Record(db, item, RevisionAction.Changed, userName);
                    break;
                case Entities.Strategy strategy:
                    strategy.UpdatedAt = now;
                    break;
                case CaseStudy study:
                    // Also when only an image's text changed: the case study's token guards its images.
                    study.UpdatedAt = now;
                    break;
            }
        }

        return null;
    }

    private static void AddFramework(List<ContentText> texts, Framework row, FrameworkDefinition definition)
    {
        var slots = TranslationSheet.Slots(definition).Where(s => !s.Text.IsEmpty).ToList();
        var titles = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var slot in slots)
        {
            titles.TryAdd(FrameworkGroup(slot.Id), slot.Text);
        }

        foreach (var slot in slots)
        {
            var kind = FrameworkKind(slot);
            var group = FrameworkGroup(slot.Id);
            var text = slot.Text;
            texts.Add(new ContentText
            {
                Text = new TranslatableText(slot.Id, kind, text, ContentLimits.For(kind)),
                GroupKey = group,
                GroupKind = "Framework." + group.Split('.')[0],
                GroupTitle = titles[group],
                OwnerId = row.Id,
                OwnerVersion = row.Version,
                Owner = row,
                Write = (language, value) => text.Set(language, value),
            });
        }
    }

    /// <summary>"Framework.QuestionText", "Framework.LevelDescriptor", "Framework.ThemeName"…</summary>
    private static string FrameworkKind(TextSlot slot) => "Framework." + slot.Kind switch
    {
        "descriptor" => "LevelDescriptor",
        "help" => "QuestionHelp",
        "question" => "QuestionText",
        _ => char.ToUpperInvariant(slot.Kind[0]) + slot.Kind[1..] + (slot.Id.EndsWith(".name", StringComparison.Ordinal) ? "Name" : "Description"),
    };

    /// <summary>"question.lead-01.level.3" → "question.lead-01"; "framework.name" → "framework".</summary>
    private static string FrameworkGroup(string slotId)
    {
        var parts = slotId.Split('.');
        return parts[0] == "framework" ? "framework" : parts[0] + "." + parts[1];
    }

    private static async Task AddStrategyAsync(AppDbContext db, List<ContentText> texts, CancellationToken cancellationToken)
    {
        var strategy = await db.Strategies.SingleOrDefaultAsync(cancellationToken);
        if (strategy is null)
        {
            return;
        }

        AddRecord(texts, strategy, "strategy", strategy.Id, strategy.Version, strategy.Title, strategy, readOnly: false);
        var items = await db.StrategyItems.Where(i => i.StrategyId == strategy.Id).ToListAsync(cancellationToken);
        foreach (var item in items.OrderBy(i => i.Kind).ThenBy(i => i.Position))
        {
            foreach (var (field, value) in StrategyWorkspace.Fields(item.ToData()))
            {
                if (value.IsEmpty)
                {
                    continue;
                }

                var kind = "StrategyItem." + field;
                var name = field;
                texts.Add(new ContentText
                {
                    Text = new TranslatableText($"item.{item.Id:D}.{field}", kind, value, ContentLimits.For(kind)),
                    GroupKey = "item." + item.Id.ToString("D"),
                    GroupKind = "StrategyItemKind." + item.Kind,
                    GroupTitle = item.Title,
                    OwnerId = item.Id,
                    OwnerVersion = item.Version,
                    Owner = item,
                    Write = (language, text) =>
                    {
                        if (name == "title")
                        {
                            item.Title = Clone(item.Title).Set(language, text);
                        }
                        else
                        {
                            var copy = item.Texts.ToDictionary(t => t.Key, t => t.Value);
                            copy[name] = Clone(copy.GetValueOrDefault(name) ?? new LocalizedText()).Set(language, text);
                            item.Texts = copy;
                        }
                    },
                });
            }
        }
    }

    private static void AddRecord<T>(List<ContentText> texts, T entity, string prefix, Guid id, Guid version, LocalizedText title, object owner, bool readOnly)
        where T : class =>
        AddProperties(texts, entity, $"{prefix}.{id:D}", owner, id, version, title, typeof(T).Name, readOnly);

    private static void AddProperties<T>(List<ContentText> texts, T entity, string idPrefix, object owner, Guid ownerId, Guid ownerVersion, LocalizedText groupTitle, string groupKind, bool readOnly)
        where T : class
    {
        foreach (var property in LocalizedProperties(typeof(T)))
        {
            var value = (LocalizedText?)property.GetValue(entity);
            if (value is null || value.IsEmpty)
            {
                continue;
            }

            var kind = typeof(T).Name + "." + property.Name;
            texts.Add(new ContentText
            {
                Text = new TranslatableText(idPrefix + "." + char.ToLowerInvariant(property.Name[0]) + property.Name[1..], kind, value, ContentLimits.For(kind), readOnly),
                GroupKey = groupKind.ToLowerInvariant() + "." + ownerId.ToString("D"),
                GroupKind = groupKind,
                GroupTitle = groupTitle,
                OwnerId = ownerId,
                OwnerVersion = ownerVersion,
                Owner = owner,
                // A new value, so that the change is seen whatever the column's comparer (figures are a JSON column
                // compared by its serialised form, which sees a changed label inside the list too).
                Write = (language, text) => property.SetValue(entity, Clone((LocalizedText)property.GetValue(entity)!).Set(language, text)),
            });
        }
    }

    /// <summary>The multilingual properties of a record, in the order they are declared.</summary>
    public static IReadOnlyList<PropertyInfo> LocalizedProperties(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(LocalizedText) && p.CanRead && p.CanWrite).OrderBy(p => p.MetadataToken)];
    }

    private static LocalizedText Clone(LocalizedText text) => LocalizedText.FromJson(text.ToJson());
}
