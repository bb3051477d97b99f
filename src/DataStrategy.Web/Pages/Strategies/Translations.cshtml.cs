using DataStrategy.Core;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>
/// The translators' view of the working draft: every text side by side in two languages. One save
/// writes only the texts that changed, so items nobody touched keep their version and history.
/// </summary>
[RequirePermission(Permission.EditStrategy)]
[RequestFormLimits(ValueCountLimit = 20_000)]
public sealed class TranslationsModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int MaxTitle = 300;
    public const int MaxText = 8000;

    public sealed class ItemForm
    {
        public Guid Id { get; set; }

        public Guid Version { get; set; }

        /// <summary>Texts in the target language by field key ("title" or a field of the kind).</summary>
        public Dictionary<string, string?> Texts { get; set; } = [];
    }

    /// <summary>One field as the page shows it.</summary>
    public sealed record FieldRow(string Field, string Label, string? Source, string? Target, string InputId);

    public sealed record ItemRow(StrategyItemData Item, Guid Version, IReadOnlyList<FieldRow> Fields);

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Missing { get; set; }

    [BindProperty]
    public List<ItemForm> Items { get; set; } = [];

    public IReadOnlyDictionary<string, int> MissingCounts { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyList<ItemRow> Rows { get; private set; } = [];

    public string FromLanguage => From!;

    public string ToLanguage => To!;

    public static string InputId(Guid item, string field) => "t-" + item.ToString("N") + "-" + field;

    private void NormaliseLanguages()
    {
        From = Languages.IsSupported(From) ? From : Languages.French;
        To = Languages.IsSupported(To) ? To : Languages.Dutch;
        if (From == To)
        {
            To = Languages.All.First(x => x != From);
        }
    }

    private async Task<Data.Entities.Strategy> LoadAsync()
    {
        NormaliseLanguages();
        var strategy = await StrategyWorkspace.EnsureAsync(Db, Organisation, HttpContext.RequestAborted);
        var snapshot = await StrategyWorkspace.SnapshotAsync(Db, strategy, HttpContext.RequestAborted);
        MissingCounts = StrategyWorkspace.MissingTranslations(snapshot, Languages.All).ToDictionary(kv => kv.Key, kv => kv.Value.Count);
        var versions = await Db.StrategyItems.AsNoTracking().Where(i => i.StrategyId == strategy.Id).ToDictionaryAsync(i => i.Id, i => i.Version, HttpContext.RequestAborted);
        var posted = Items.Where(i => i is not null).GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        var rows = new List<ItemRow>();
        foreach (var item in snapshot.Items.OrderBy(i => i.Kind).ThenBy(i => i.Position))
        {
            posted.TryGetValue(item.Id, out var form);
            var fields = new List<FieldRow>();
            foreach (var (field, text) in StrategyWorkspace.Fields(item))
            {
                var missingInTarget = !text.IsEmpty && !text.Has(ToLanguage);
                var wasPosted = form is not null && form.Texts.ContainsKey(field);
                if (Missing && !missingInTarget && !wasPosted)
                {
                    continue;
                }

                var target = wasPosted ? form!.Texts[field] : text[ToLanguage];
                fields.Add(new FieldRow(field, StrategyToolText.FieldName(L, field), text[FromLanguage], target, InputId(item.Id, field)));
            }

            if (fields.Count > 0)
            {
                rows.Add(new ItemRow(item, form?.Version ?? versions.GetValueOrDefault(item.Id), fields));
            }
        }

        Rows = rows;
        return strategy;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        Items = [];
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Items = Items.Where(i => i is not null).ToList();
        NormaliseLanguages();
        var strategy = await StrategyWorkspace.EnsureAsync(Db, Organisation, HttpContext.RequestAborted);
        var ids = Items.Select(i => i.Id).ToList();
        var stored = await Db.StrategyItems.Where(i => i.StrategyId == strategy.Id && ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, HttpContext.RequestAborted);

        // Everything is checked before anything is written: one refusal and nothing is saved.
        if (!ModelState.IsValid || Items.Any(i => !stored.ContainsKey(i.Id)) || ids.Distinct().Count() != ids.Count)
        {
            ModelState.AddModelError(string.Empty, L["The form names an item that is not part of this strategy. Nothing was saved."]);
            await LoadAsync();
            return Page();
        }

        var changed = new List<(StrategyItem Item, ItemForm Form, LocalizedText Title, Dictionary<string, LocalizedText> Texts, int Count)>();
        foreach (var form in Items)
        {
            var item = stored[form.Id];
            var fields = StrategyWorkspace.Fields(item.ToData()).Select(f => f.Field).ToHashSet();
            var title = LocalizedText.FromJson(item.Title.ToJson());
            var texts = item.Texts.ToDictionary(t => t.Key, t => LocalizedText.FromJson(t.Value.ToJson()));
            var count = 0;
            foreach (var (field, value) in form.Texts)
            {
                if (!fields.Contains(field))
                {
                    ModelState.AddModelError(string.Empty, L["The form names a text that items of this kind do not have. Nothing was saved."]);
                    continue;
                }

                var max = field == StrategyToolText.TitleField ? MaxTitle : MaxText;
                var text = value?.Trim();
                if (text?.Length > max)
                {
                    ModelState.AddModelError(InputId(item.Id, field), L["{0}: the text must be at most {1} characters long.", StrategyToolText.FieldName(L, field) + " – " + item.Title.Get(Lang), max]);
                    continue;
                }

                var current = field == StrategyToolText.TitleField ? title : texts.GetValueOrDefault(field) ?? new LocalizedText();
                if ((current[ToLanguage] ?? string.Empty) == (string.IsNullOrWhiteSpace(text) ? string.Empty : text))
                {
                    continue;
                }

                current.Set(ToLanguage, text);
                if (field != StrategyToolText.TitleField)
                {
                    texts[field] = current;
                }

                count++;
            }

            if (count > 0 && title.IsEmpty)
            {
                ModelState.AddModelError(InputId(item.Id, StrategyToolText.TitleField), L["An item needs a title in at least one language."]);
            }

            if (count > 0)
            {
                changed.Add((item, form, title, texts, count));
            }
        }

        if (ModelState.IsValid)
        {
            foreach (var (item, form, _, _, _) in changed.Where(c => c.Form.Version != c.Item.Version))
            {
                ModelState.AddModelError(string.Empty, L["Someone else changed “{0}” while you were translating. Nothing was saved: reload the page to see their changes.", item.Title.Get(Lang)]);
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        if (changed.Count == 0)
        {
            Flash(L["Nothing was changed."]);
            return Redirect(BackUrl());
        }

        var now = HttpContext.UtcNow();
        foreach (var (item, form, title, texts, _) in changed)
        {
            Db.Entry(item).Property(i => i.Version).OriginalValue = form.Version;
            item.Title = title;
            item.Texts = texts;
            item.UpdatedAt = now;
            StrategyWorkspace.Record(Db, item, RevisionAction.Changed, User.Identity?.Name);
        }

        strategy.UpdatedAt = now;
        if (!await TrySaveAsync())
        {
            await LoadAsync();
            return Page();
        }

        Flash(L["Translations saved: {0} texts in {1} items ({2}).", changed.Sum(c => c.Count), changed.Count, StrategyToolText.LanguageName(L, ToLanguage)]);
        return Redirect(BackUrl());
    }

    private string BackUrl() => OrgUrl("/strategy/translations") + $"?from={From}&to={To}" + (Missing ? "&missing=true" : string.Empty);
}
