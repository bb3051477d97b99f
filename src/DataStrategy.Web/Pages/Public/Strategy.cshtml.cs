using System.Text.RegularExpressions;
using DataStrategy.Core;
using DataStrategy.Core.Documents;
using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Pages.Strategies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Pages.Public;

/// <summary>The organisation's published strategy, for anyone: no account, no personal data.</summary>
[AllowAnonymous]
[CachedPage]
public sealed partial class StrategyModel(AppDbContext db, TenantContext tenant, PublicCache cache, ILogger<StrategyModel> logger, PdfRenderCache pdfs) : PublicPageModel(db, tenant)
{
    [FromRoute(Name = "org")]
    public string Slug { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    /// <summary>The published strategy; null when only case studies are published so far.</summary>
    public StrategyVersion? Version { get; private set; }

    public StrategyView? View { get; private set; }

    /// <summary>The latest published case studies, for the home page.</summary>
    public List<(CaseStudy Study, CaseStudyImage? Image)> CaseStudies { get; private set; } = [];

    /// <summary>The live roadmap without people, budgets or notes; null when the organisation has no initiatives.</summary>
    public Core.Roadmap.Exchange.RoadmapExchange? Roadmap { get; private set; }

    public bool PdfAvailable { get; } = PdfConverter.IsAvailable();

    private async Task<bool> LoadAsync()
    {
        if (!await FindOrganisationAsync(Slug))
        {
            return false;
        }

        Version = await StrategyWorkspace.PublishedAsync(Db);
        return true;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        CaseStudies = await PublishedCaseStudies.ListAsync(Db, 3, HttpContext.RequestAborted);
        if (Version is null)
        {
            // Nothing published at all: there is no public site yet.
            return CaseStudies.Count == 0 ? NotFound() : Page();
        }

        // A published version never changes: its view is built once per language. The live roadmap is
        // rebuilt at most every 30 seconds per organisation and language (ADR 0016).
        var version = Version;
        View = await cache.GetOrCreateAsync(
            ("strategy-view", version.Id, Lang, ContentLang),
            () => StrategyViews.ForMembersAsync(Db, StrategySnapshot.FromJson(version.Snapshot), Lang, canSeePeople: false, itemUrl: null, ContentLang, Organisation.Languages)!,
            sliding: TimeSpan.FromHours(1));
        Roadmap = await cache.GetOrCreateAsync(
            ("public-roadmap", Organisation.Id, Lang),
            async () =>
            {
                var roadmap = await Data.Roadmaps.RoadmapExchangeComposer.ComposeAsync(Db, Organisation.Slug, new Data.Roadmaps.RoadmapExportOptions(Lang, LeadNames: false, Confidential: false), HttpContext.UtcNow(), HttpContext.RequestAborted);
                return roadmap.Initiatives.Count > 0 ? roadmap : null;
            },
            absolute: RoadmapFreshness);
        if (PdfAvailable && pdfs.Prerender)
        {
            // The PDF in the reader's language is made ahead, once per published version and language.
            var (organisation, language) = (Organisation, Lang);
            await cache.GetOrCreateAsync(
                ("strategy-pdf-warm", version.Id, language),
                () =>
                {
                    pdfs.Warm(organisation.Id, db => PublicJobAsync(db, organisation, version, language, CancellationToken.None));
                    return Task.FromResult(true);
                },
                sliding: TimeSpan.FromHours(1));
        }

        return Page();
    }

    /// <summary>The organisation's accent colour as a style sheet: the security policy forbids inline styles.</summary>
    public async Task<IActionResult> OnGetThemeAsync()
    {
        if (!await FindOrganisationAsync(Slug))
        {
            return NotFound();
        }

        var colour = ColourPattern().IsMatch(Organisation.AccentColour) ? Organisation.AccentColour : "1F4E79";
        // Headings take the colour only when it is readable on white (WCAG AA, 4.5:1); the bar always does.
        var heading = ContrastWithWhite(colour) >= 4.5 ? "#" + colour : "inherit";
        return Content($".public-site, .public-strategy {{ --org-accent: #{colour}; --org-heading: {heading}; }}\n", "text/css");
    }

    public static double ContrastWithWhite(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        static double Channel(int value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var rgb = Convert.FromHexString(hex);
        var luminance = (0.2126 * Channel(rgb[0])) + (0.7152 * Channel(rgb[1])) + (0.0722 * Channel(rgb[2]));
        return 1.05 / (luminance + 0.05);
    }

    public async Task<IActionResult> OnGetDocumentAsync()
    {
        if (!await LoadAsync() || Version is null)
        {
            return NotFound();
        }

        var languages = StrategyDocumentComposer.ParseLanguages(Language);
        if (languages is null || Format is not ("docx" or "pdf"))
        {
            return BadRequest();
        }

        var name = StrategyDocumentComposer.FileName(Organisation, languages);
        // A published version never changes, so anonymous readers share one rendering per version, language and format.
        var key = ("strategy-document", Version.Id, Language, Format);
        if (cache.TryGet(key, out byte[]? cached) && cached is not null)
        {
            return File(cached, Format == "pdf" ? "application/pdf" : DocxType, name + "." + Format);
        }

        var job = (await PublicJobAsync(Db, Organisation, Version, Language!, HttpContext.RequestAborted))!;
        if (Format == "docx")
        {
            var docx = job.Docx();
            cache.Set(key, docx, sliding: TimeSpan.FromHours(1));
            return File(docx, DocxType, name + ".docx");
        }

        if (!PdfAvailable)
        {
            return NotFound();
        }

        try
        {
            // Made once per version of the content for every instance (database), then kept here too.
            var pdf = await pdfs.GetAsync(job, HttpContext.RequestAborted);
            cache.Set(key, pdf, sliding: TimeSpan.FromHours(1));
            return File(pdf, "application/pdf", name + ".pdf");
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            logger.LogError(e, "PDF conversion failed");
            return StatusCode(503);
        }
    }

    /// <summary>The public document of a published version in one language or two ("fr", "fr-nl"), without people's names.</summary>
    public static async Task<PdfJob?> PublicJobAsync(AppDbContext db, Organisation organisation, StrategyVersion version, string language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(version);
        if (StrategyDocumentComposer.ParseLanguages(language) is not { } languages
            || await StrategyDocumentComposer.ComposeAsync(db, organisation, version.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), languages, namePeople: false, ct) is not { } document)
        {
            return null;
        }

        var subject = $"public-strategy/{language}";
        return new PdfJob(organisation.Id, subject, PdfRenderCache.KeyOf(subject, document), () => StrategyDocx.Build(document));
    }

    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>How stale the public roadmap progress may be.</summary>
    private static readonly TimeSpan RoadmapFreshness = TimeSpan.FromSeconds(30);

    [GeneratedRegex("^[0-9A-Fa-f]{6}$")]
    private static partial Regex ColourPattern();
}
