using System.Globalization;
using System.Text.Json;
using DataStrategy.Core;
using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Publishing;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Pages.Roadmap;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Api;

/// <summary>
/// The REST API, version 1 (ADR 0017). Public data at /api/v1/public/{org}; the organisation's own data at
/// /api/v1/o/{org} with a personal access token, under the same permission table as the pages, plus the token's scope.
/// </summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    public const int MaxNote = Core.Roadmap.RoadmapRules.MaxNote;

    public const int MaxMeasurementsPage = 1000;

    /// <summary>Largest accepted request body (a check-in of a few hundred initiatives fits easily).</summary>
    public const int MaxBody = 256 * 1024;

    /// <summary>Most entries in one check-in (a roadmap has tens of initiatives; the planner is tried with 1,000).</summary>
    public const int MaxEntries = 1000;

    /// <summary>At most this many problems are listed in one answer.</summary>
    public const int MaxErrors = 50;

    /// <summary>Who recorded a row, cut to its column.</summary>
    private static string Who(HttpContext context) => context.User.Identity?.Name is { } name ? name[..Math.Min(name.Length, 200)] : "";

    public static void MapApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var v1 = app.MapGroup(Prefix).RequireRateLimiting(RateLimits.Api);

        var open = v1.MapGroup("/public/{org}").AllowAnonymous().WithTags("Public data");
        open.MapGet("/", PublicDatasetsAsync).WithName("ListPublicDatasets")
            .WithSummary("The organisation's open datasets")
            .WithDescription("What its public site publishes, with links to each dataset as JSON and CSV (CC BY 4.0). No token needed.");
        open.MapGet("/{dataset}", PublicDatasetAsync).WithName("GetPublicDataset")
            .WithSummary("One open dataset as JSON")
            .WithDescription("case-studies, objectives, initiatives, kpis, kpi-measurements or maturity (when published). No token needed.");

        var own = v1.MapGroup("/o/{org}").WithTags("Organisation");
        own.MapGet("/", OrganisationAsync).Needs(Permission.ViewOrganisation).WithName("GetOrganisation")
            .WithSummary("The organisation, your role and your token's scope");
        own.MapGet("/departments", DepartmentsAsync).Needs(Permission.ViewDepartments).WithName("ListDepartments")
            .WithSummary("Departments");
        own.MapGet("/case-studies", CaseStudiesAsync).Needs(Permission.ViewCaseStudies).WithName("ListCaseStudies")
            .WithSummary("Case studies, drafts included");

        var roadmap = own.MapGroup("/roadmap").WithTags("Roadmap");
        roadmap.MapGet("/initiatives", InitiativesAsync).Needs(Permission.ViewRoadmap).WithName("ListInitiatives")
            .WithSummary("Initiatives in roadmap order");
        roadmap.MapGet("/initiatives/{id:guid}", InitiativeAsync).Needs(Permission.ViewRoadmap).WithName("GetInitiative")
            .WithSummary("One initiative");
        roadmap.MapGet("/check-ins", CheckInsAsync).Needs(Permission.ViewRoadmap).WithName("ListCheckIns")
            .WithSummary("The check-ins of a month")
            .WithDescription("month=yyyy-MM; the current month when left out.");
        roadmap.MapPost("/check-ins", PostCheckInsAsync).Needs(Permission.TrackRoadmap, ApiScope.Write).WithName("RecordCheckIns")
            .WithSummary("Record a month's check-ins")
            .WithDescription("All entries are saved together or, if one is wrong, none: the answer lists every problem. An entry for an initiative that already has a check-in that month replaces it.")
            .Accepts<CheckInInput>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        roadmap.MapGet("/kpis", KpisAsync).Needs(Permission.ViewRoadmap).WithName("ListKpis")
            .WithSummary("Key performance indicators with their latest measurement and status");
        roadmap.MapGet("/kpis/{id:guid}/measurements", MeasurementsAsync).Needs(Permission.ViewRoadmap).WithName("ListMeasurements")
            .WithSummary("Measurements of an indicator, latest first")
            .WithDescription("offset and limit (at most 1,000) page through them.");
        roadmap.MapPost("/kpis/{id:guid}/measurements", PostMeasurementAsync).Needs(Permission.TrackRoadmap, ApiScope.Write).WithName("RecordMeasurement")
            .WithSummary("Record a measurement of an indicator")
            .Accepts<MeasurementInput>("application/json")
            .ProducesValidationProblem();

        own.MapDatasets();
    }

    /// <summary>The permission (from the same table as the pages) and the token scope an endpoint needs.</summary>
    internal static RouteHandlerBuilder Needs(this RouteHandlerBuilder builder, Permission permission, ApiScope scope = ApiScope.Read) =>
        builder.WithMetadata(new ApiPermission(permission, scope))
            .RequireAuthorization(p => p.AddAuthenticationSchemes(ApiTokens.Scheme).RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(permission), new ScopeRequirement(scope)))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>The language a note is written in: "noteLanguage" when given (a supported code), else the request's language.</summary>
    private static string? NoteLanguage(ApiJson.FieldReader reader, IStringLocalizer<SharedResource> l, string? note)
    {
        var given = reader.Text("noteLanguage", 8);
        if (given is not null && !Core.Languages.IsSupported(given))
        {
            reader.Error("noteLanguage", l["Give the note's language as one of the codes {0}.", string.Join(", ", Core.Languages.All)]);
            return null;
        }

        return note is null ? null : given ?? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
    }

    private static Texts Of(LocalizedText? text) => new(text?.Values ?? new Dictionary<string, string>());

    private static string? Month(DateOnly? month) => month is { } m ? Months.Iso(m) : null;

    // ---- Public data ----

    private static async Task<Results<Ok<List<DatasetDto>>, NotFound>> PublicDatasetsAsync(string org, HttpContext context, AppDbContext db, TenantContext tenant, PublicCache cache)
    {
        if (await PublicOrganisationAsync(org, db, tenant, context.RequestAborted) is not { } organisation)
        {
            return TypedResults.NotFound();
        }

        var baseUrl = BaseUrl(context);
        var list = new List<DatasetDto>();
        foreach (var name in OpenDataComposer.Names)
        {
            if (await Pages.Public.OpenDataModel.CachedDatasetAsync(cache, db, organisation, name, baseUrl + "/p/" + organisation.Slug, context.RequestAborted) is { } dataset)
            {
                list.Add(new DatasetDto(name, dataset.Rows.Count, baseUrl + Prefix + "/public/" + organisation.Slug + "/" + name, baseUrl + "/p/" + organisation.Slug + "/open-data/" + name + ".csv"));
            }
        }

        return list.Count == 0 || list.All(d => d.Rows == 0) ? TypedResults.NotFound() : TypedResults.Ok(list);
    }

    private static async Task<IResult> PublicDatasetAsync(string org, string dataset, HttpContext context, AppDbContext db, TenantContext tenant, PublicCache cache)
    {
        if (!OpenDataComposer.Names.Contains(dataset) || await PublicOrganisationAsync(org, db, tenant, context.RequestAborted) is not { } organisation)
        {
            return TypedResults.NotFound();
        }

        var baseUrl = BaseUrl(context);
        if (await Pages.Public.OpenDataModel.CachedDatasetAsync(cache, db, organisation, dataset, baseUrl + "/p/" + organisation.Slug, context.RequestAborted) is not { } data)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.Link = "<" + Core.Publishing.OpenData.LicenceUrl + ">; rel=\"license\"";
        var source = new Core.Publishing.OpenDataSource(organisation.Name.Get(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), baseUrl + "/p/" + organisation.Slug + "/open-data", context.UtcNow());
        return TypedResults.Bytes(Core.Publishing.OpenData.Json(data, source), "application/json; charset=utf-8");
    }

    /// <summary>Null for an unknown slug and equally for an organisation that publishes nothing (<see cref="PublicSite"/>).</summary>
    private static Task<Organisation?> PublicOrganisationAsync(string slug, AppDbContext db, TenantContext tenant, CancellationToken cancellationToken) =>
        PublicSite.FindAsync(db, tenant, slug, cancellationToken);

    private static string BaseUrl(HttpContext context) => context.PublicBase();

    // ---- The organisation's own data ----

    private static Ok<OrganisationDto> OrganisationAsync(HttpContext context, TenantContext tenant)
    {
        var organisation = tenant.Organisation!;
        return TypedResults.Ok(new OrganisationDto(
            organisation.Id,
            organisation.Slug,
            Of(organisation.Name),
            organisation.Languages,
            tenant.Role!.Value.ToString(),
            ApiTokens.ScopeOf(context.User)?.ToString() ?? "",
            BaseUrl(context) + "/p/" + organisation.Slug));
    }

    private static async Task<Ok<List<DepartmentDto>>> DepartmentsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken))
            .Select(d => new DepartmentDto(d.Id, d.Code, Of(d.Name), d.Kind.ToString())).ToList());

    private static async Task<Ok<List<CaseStudyDto>>> CaseStudiesAsync(HttpContext context, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        var baseUrl = BaseUrl(context) + "/p/" + tenant.Organisation!.Slug + "/case-studies/";
        var studies = await db.CaseStudies.AsNoTracking().OrderBy(c => c.Slug).ToListAsync(cancellationToken);
        return TypedResults.Ok(studies.Select(c => new CaseStudyDto(
            c.Id, c.Slug, c.Status.ToString(), Of(c.Title), Of(c.Summary), c.DepartmentId, c.PublishedAt,
            c.Status == CaseStudyStatus.Published ? baseUrl + c.Slug : null)).ToList());
    }

    private static InitiativeDto Dto(Initiative i) => new(
        i.Id, i.Code, Of(i.Title), Of(i.Description), i.Status.ToString(), i.Rag.ToString(), i.PercentComplete, Month(i.PlannedStart), i.DurationMonths,
        Month(i.ActualStart), Month(i.ActualFinish), i.Priority, i.Budget, i.ObjectiveIds, i.ThemeIds, i.Version);

    private static async Task<Ok<List<InitiativeDto>>> InitiativesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Initiatives.AsNoTracking().OrderBy(i => i.Position).ThenBy(i => i.Code).ToListAsync(cancellationToken)).Select(Dto).ToList());

    private static async Task<Results<Ok<InitiativeDto>, NotFound>> InitiativeAsync(Guid id, AppDbContext db, CancellationToken cancellationToken) =>
        await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is { } initiative
            ? TypedResults.Ok(Dto(initiative))
            : TypedResults.NotFound();

    private static async Task<IResult> CheckInsAsync(string? month, AppDbContext db, IStringLocalizer<SharedResource> l, TimeProvider clock, CancellationToken cancellationToken)
    {
        DateOnly selected;
        if (month is null)
        {
            selected = Months.First(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        }
        else if (Months.Parse(month) is { } parsed)
        {
            selected = parsed;
        }
        else
        {
            return Invalid(l, ("month", l["Enter a month as yyyy-MM."]));
        }

        var rows = await db.CheckIns.AsNoTracking().Where(c => c.Month == selected)
            .Join(db.Initiatives, c => c.InitiativeId, i => i.Id, (c, i) => new { c, i.Code, i.Position })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.OrderBy(r => r.Position).ThenBy(r => r.Code)
            .Select(r => new CheckInDto(r.c.Id, r.c.InitiativeId, r.Code, Months.Iso(r.c.Month), r.c.Status.ToString(), r.c.Rag.ToString(), r.c.PercentComplete, r.c.Note, r.c.NoteLanguage, r.c.RecordedAt))
            .ToList());
    }

    private static async Task<Ok<List<KpiDto>>> KpisAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var kpis = await db.Kpis.AsNoTracking().OrderBy(k => k.Position).ToListAsync(cancellationToken);
        var latest = await LatestAsync(db, cancellationToken);
        return TypedResults.Ok(kpis.Select(k =>
        {
            var m = latest.GetValueOrDefault(k.Id);
            var status = Tracking.Status(k.Baseline, k.BaselineOn, k.Target, k.TargetOn, m?.Value, m?.MeasuredOn);
            return new KpiDto(k.Id, Of(k.Name), Of(k.Unit), k.Baseline, k.BaselineOn, k.Target, k.TargetOn, k.Public, m?.Value, m?.MeasuredOn, status.ToString());
        }).ToList());
    }

    /// <summary>The latest measurement of each indicator (one query, however many measurements there are).</summary>
    private static async Task<Dictionary<Guid, KpiMeasurement>> LatestAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var lastDates = db.KpiMeasurements.GroupBy(m => m.KpiId).Select(g => new { KpiId = g.Key, On = g.Max(m => m.MeasuredOn) });
        var candidates = await db.KpiMeasurements.AsNoTracking()
            .Join(lastDates, m => new { m.KpiId, On = m.MeasuredOn }, d => new { d.KpiId, d.On }, (m, _) => m)
            .ToListAsync(cancellationToken);
        return candidates.GroupBy(m => m.KpiId).ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.RecordedAt).First());
    }

    private static async Task<IResult> MeasurementsAsync(Guid id, int? offset, int? limit, AppDbContext db, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        if (!await db.Kpis.AnyAsync(k => k.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new List<(string, string)>();
        if (offset is < 0)
        {
            errors.Add(("offset", l["Enter a whole number from 0."]));
        }

        if (limit is < 1 or > MaxMeasurementsPage)
        {
            errors.Add(("limit", l["Enter a whole number between {0} and {1}.", 1, MaxMeasurementsPage]));
        }

        if (errors.Count > 0)
        {
            return Invalid(l, [.. errors]);
        }

        var (skip, take) = (offset ?? 0, limit ?? 100);
        var query = db.KpiMeasurements.AsNoTracking().Where(m => m.KpiId == id);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(m => m.MeasuredOn).ThenByDescending(m => m.RecordedAt).ThenBy(m => m.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<MeasurementDto>(total, skip, take, items.Select(Dto).ToList()));
    }

    private static MeasurementDto Dto(KpiMeasurement m) => new(m.Id, m.KpiId, m.MeasuredOn, m.Value, m.Note, m.NoteLanguage, m.RecordedAt);

    // ---- Writes ----

    private static async Task<IResult> PostMeasurementAsync(Guid id, HttpContext context, AppDbContext db, IStringLocalizer<SharedResource> l)
    {
        var kpi = await db.Kpis.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, context.RequestAborted);
        if (kpi is null)
        {
            return TypedResults.NotFound();
        }

        var (body, error) = await ApiJson.ReadObjectAsync(context, l);
        if (error is not null)
        {
            return error;
        }

        var reader = new ApiJson.FieldReader(body!.Value, l);
        var value = reader.Number("value", required: true);
        var on = reader.Date("measuredOn", required: true);
        var note = reader.Text("note", MaxNote);
        var noteLanguage = NoteLanguage(reader, l, note);
        reader.RejectUnknown("value", "measuredOn", "note", "noteLanguage");
        if (on is { } d && d > context.UtcToday().AddDays(1))
        {
            reader.Error("measuredOn", l["A measurement cannot be dated in the future."]);
        }

        if (reader.Errors.Count > 0)
        {
            return Invalid(l, [.. reader.Errors]);
        }

        var measurement = new KpiMeasurement { KpiId = kpi.Id, Value = value!.Value, MeasuredOn = on!.Value, Note = note, NoteLanguage = noteLanguage, RecordedBy = Who(context) };
        db.KpiMeasurements.Add(measurement);
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // The indicator was deleted a moment ago.
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: l["Someone else changed this record while you were editing it. Reload the page to see their changes."]);
        }
        return TypedResults.Created(context.Request.Path.Value + "?offset=0", Dto(measurement));
    }

    private static async Task<IResult> PostCheckInsAsync(HttpContext context, AppDbContext db, IStringLocalizer<SharedResource> l)
    {
        var (body, error) = await ApiJson.ReadObjectAsync(context, l);
        if (error is not null)
        {
            return error;
        }

        var reader = new ApiJson.FieldReader(body!.Value, l);
        reader.RejectUnknown("month", "entries");
        var roadmap = await RoadmapWorkspace.EnsureAsync(db, context.RequestAborted);
        var (first, current) = CheckInModel.MonthWindow(roadmap.StartMonth, context.UtcToday());

        var monthText = reader.Text("month", 20, required: true);
        DateOnly month = default;
        if (monthText is not null && (Months.Parse(monthText) is not { } m || m < first || m > current))
        {
            reader.Error("month", l["Choose a month of the roadmap, up to the current one."]);
        }
        else if (monthText is not null)
        {
            month = Months.Parse(monthText)!.Value;
        }

        var initiatives = await db.Initiatives.AsNoTracking().ToListAsync(context.RequestAborted);
        var byId = initiatives.ToDictionary(i => i.Id.ToString("D"), StringComparer.OrdinalIgnoreCase);
        var byCode = initiatives.GroupBy(i => i.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.OrdinalIgnoreCase);
        var checkedIn = month == default ? [] : (await db.CheckIns.AsNoTracking().Where(c => c.Month == month).Select(c => c.InitiativeId).ToListAsync(context.RequestAborted)).ToHashSet();
        var entries = new List<CheckInEntry>();
        var items = reader.Array("entries", required: true);
        if (items is { Count: 0 })
        {
            reader.Error("entries", l["There is nothing to check in for this month."]);
        }
        else if (items?.Count > MaxEntries)
        {
            reader.Error("entries", l["At most {0} entries at once.", MaxEntries]);
            items = null;
        }

        var seen = new HashSet<Guid>();
        for (var n = 0; items is not null && n < items.Count && reader.Errors.Count < MaxErrors; n++)
        {
            var key = $"entries[{n}]";
            if (items[n].ValueKind != JsonValueKind.Object)
            {
                reader.Error(key, l["Row {0}: this initiative is not part of the check-in for this month.", n + 1]);
                continue;
            }

            var row = new ApiJson.FieldReader(items[n], l, key + ".");
            row.RejectUnknown("initiative", "status", "percentComplete", "rag", "note", "noteLanguage", "version");
            var reference = row.Text("initiative", 100, required: true);
            Initiative? initiative = null;
            if (reference is not null && !byId.TryGetValue(reference, out initiative) && !byCode.TryGetValue(reference, out initiative))
            {
                row.Error("initiative", l["Row {0}: this initiative is not part of the check-in for this month.", n + 1]);
            }
            else if (initiative is not null && !seen.Add(initiative.Id))
            {
                row.Error("initiative", l["{0} appears twice in the check-in.", RoadmapPlan.Label(initiative)]);
                initiative = null;
            }
            else if (initiative is not null && month != default && !CheckInModel.IsActive(initiative, month) && !checkedIn.Contains(initiative.Id))
            {
                row.Error("initiative", l["Row {0}: this initiative is not part of the check-in for this month.", n + 1]);
                initiative = null;
            }

            var label = initiative?.Code ?? l["Row {0}", n + 1].Value;
            var status = row.Choice<InitiativeStatus>("status", l["{0}: choose a status from the list.", label]);
            var percent = row.WholeNumber("percentComplete", 0, 100, l["{0}: enter a whole percentage between 0 and 100.", label]);
            var rag = row.Choice<Rag>("rag", l["{0}: choose a RAG rating from the list.", label]);
            var note = row.Text("note", MaxNote);
            var noteLanguage = NoteLanguage(row, l, note);
            var version = row.Identifier("version");
            if (initiative is not null && status is { } s && percent is { } p && rag is { } r && row.Errors.Count == 0)
            {
                entries.Add(new CheckInEntry(initiative.Id, s, p, r, note, version, noteLanguage));
            }

            reader.Errors.AddRange(row.Errors);
        }

        if (reader.Errors.Count > 0)
        {
            return Invalid(l, [.. reader.Errors]);
        }

        try
        {
            await CheckIns.ApplyAsync(db, month, entries, Who(context), context.RequestAborted);
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // A version that is no longer current, an initiative deleted a moment ago, or someone else checking in the
            // same initiative and month at that moment.
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: l["Someone else changed this record while you were editing it. Reload the page to see their changes."]);
        }

        var ids = entries.Select(e => e.InitiativeId).ToList();
        var saved = await db.CheckIns.AsNoTracking().Where(c => c.Month == month && ids.Contains(c.InitiativeId)).ToListAsync(context.RequestAborted);
        var codes = initiatives.ToDictionary(i => i.Id, i => i.Code);
        return TypedResults.Ok(saved.OrderBy(c => ids.IndexOf(c.InitiativeId))
            .Select(c => new CheckInDto(c.Id, c.InitiativeId, codes[c.InitiativeId], Months.Iso(c.Month), c.Status.ToString(), c.Rag.ToString(), c.PercentComplete, c.Note, c.NoteLanguage, c.RecordedAt))
            .ToList());
    }

    internal static ValidationProblem Invalid(IStringLocalizer<SharedResource> l, params (string Field, string Message)[] errors) =>
        TypedResults.ValidationProblem(
            errors.Take(MaxErrors).GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: l["The request was not valid: nothing was saved."]);
}
