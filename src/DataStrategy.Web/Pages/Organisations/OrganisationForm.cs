using System.ComponentModel.DataAnnotations;
using DataStrategy.Core;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Organisations;

/// <summary>The organisation fields shared by setup, creation and settings.</summary>
public sealed class OrganisationForm
{
    public const int MaxName = 200;

    /// <summary>The organisation's name by language code.</summary>
    public Dictionary<string, string?> Name { get; set; } = [];

    [StringLength(60, ErrorMessage = "{0} must be at most {1} characters long.")]
    [Display(Name = "Web address")]
    public string? Slug { get; set; }

    public List<string> Languages { get; set; } = [];

    public string DefaultLanguage { get; set; } = Core.Languages.French;

    public LocalizedText NameText => LocalizedFields.Text(Name);

    /// <summary>A blank form for a new organisation: French and Dutch, like the reference city.</summary>
    public static OrganisationForm New() => new() { Languages = [Core.Languages.French, Core.Languages.Dutch] };

    public static OrganisationForm From(Organisation o) => new()
    {
        Name = LocalizedFields.From(o.Name),
        Slug = o.Slug,
        Languages = [.. o.Languages.Where(l => l != Core.Languages.English)],
        DefaultLanguage = o.DefaultLanguage,
    };

    /// <summary>Checks what attributes cannot: languages, names in each official language, a free slug.</summary>
    public async Task ValidateAsync(ModelStateDictionary state, string prefix, AppDbContext db, IStringLocalizer l, Guid? existingId)
    {
        // Only the content languages the form offers: anything else posted ("xx", markup, hundreds of codes) is refused.
        if (Languages.Any(x => !Core.Languages.IsContent(x)))
        {
            state.AddModelError(prefix + nameof(Languages), l["Choose the organisation's languages among those offered."]);
        }

        Languages = Languages.Where(Core.Languages.IsContent).Distinct().ToList();
        if (!Languages.Any(l => l != Core.Languages.English))
        {
            state.AddModelError(prefix + nameof(Languages), l["Choose at least one official language."]);
        }

        if (!Languages.Contains(Core.Languages.English))
        {
            Languages.Add(Core.Languages.English);
        }

        if (!Core.Languages.IsContent(DefaultLanguage) || !Languages.Contains(DefaultLanguage))
        {
            state.AddModelError(prefix + nameof(DefaultLanguage), l["The default language must be one of the organisation's languages."]);
        }

        var field = prefix + nameof(Name);
        var name = LocalizedFields.Read(state, field, Name, MaxName, language => l["{0} must be at most {1} characters long.", LanguageText.For(l, "Name in {language}", language), MaxName]);
        // English is always offered but required only where it is the sole language (then asked for below).
        LocalizedFields.RequireIn(state, field, name, Languages.Where(x => x != Core.Languages.English), language => LanguageText.For(l, "Enter the name in {language}.", language));
        if (name.IsEmpty)
        {
            if (Languages.All(x => x == Core.Languages.English))
            {
                state.AddModelError(LocalizedFields.Name(field, Core.Languages.English), l["Enter the organisation's name."]);
            }

            return;
        }

        Slug = string.IsNullOrWhiteSpace(Slug) ? Core.Text.Slug.From(name.Get(DefaultLanguage)) : Slug.Trim().ToLowerInvariant();
        if (!Core.Text.Slug.IsValid(Slug))
        {
            state.AddModelError(prefix + nameof(Slug), l["The web address may contain only lower-case letters, digits and dashes."]);
        }
        else if (await db.Organisations.AnyAsync(o => o.Slug == Slug && o.Id != existingId))
        {
            state.AddModelError(prefix + nameof(Slug), l["Another organisation already uses this web address."]);
        }
    }

    public void ApplyTo(Organisation o)
    {
        o.Name = NameText;
        o.Slug = Slug!;
        o.Languages = [.. Core.Languages.Content.Where(Languages.Contains)];
        o.DefaultLanguage = DefaultLanguage;
    }
}
