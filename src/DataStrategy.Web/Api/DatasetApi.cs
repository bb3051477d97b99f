using System.Globalization;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Pages.Datasets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Api;

/// <summary>The data inventory through the API: the register's list (read scope) and "this dataset was refreshed" for data pipelines (write scope).</summary>
public static class DatasetApi
{
    public const int MaxPage = 1000;

    /// <summary>Written formats of "updatedAt": a date, or a moment with its offset.</summary>
    private static readonly string[] MomentFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"];

    internal static void MapDatasets(this RouteGroupBuilder own)
    {
        var inventory = own.MapGroup("/datasets").WithTags("Data inventory");
        inventory.MapGet("/", ListAsync).Needs(Permission.ViewInventory).WithName("ListInventoryDatasets")
            .WithSummary("The data inventory's datasets, by address name")
            .WithDescription("offset and limit (at most 1,000) page through them. No names of people and no records of processing.");
        inventory.MapPost("/{slug}/refreshed", RefreshedAsync).Needs(Permission.EditDatasets, ApiScope.Write).WithName("ReportDatasetRefreshed")
            .WithSummary("Report that a dataset's data was refreshed")
            .WithDescription("For data pipelines. An optional body {\"updatedAt\": \"2026-05-01T06:00:00Z\"} gives the moment (not in the future, not before 2000); without it, now. Answers the dataset's new state.")
            .ProducesValidationProblem();
    }

    internal static InventoryDatasetDto Dto(Dataset d, DateTimeOffset now) => new(
        d.Id, d.Slug, new Texts(d.Title.Values), d.DepartmentId, d.Frequency, d.Themes, d.AccessRight, d.Licence, d.Published, d.AuthenticSource, d.PersonalData,
        d.LastUpdatedAt, d.LastReviewedAt, d.NextReviewOn, d.NextReviewOn <= DateOnly.FromDateTime(now.UtcDateTime), d.StaleAfter is { } s && s < now, d.Version);

    private static async Task<IResult> ListAsync(int? offset, int? limit, HttpContext context, AppDbContext db, IStringLocalizer<SharedResource> l)
    {
        var errors = new List<(string, string)>();
        if (offset is < 0)
        {
            errors.Add(("offset", l["Enter a whole number from 0."]));
        }

        if (limit is < 1 or > MaxPage)
        {
            errors.Add(("limit", l["Enter a whole number between {0} and {1}.", 1, MaxPage]));
        }

        if (errors.Count > 0)
        {
            return ApiEndpoints.Invalid(l, [.. errors]);
        }

        var (skip, take) = (offset ?? 0, limit ?? 100);
        var now = context.UtcNow();
        var total = await db.Datasets.CountAsync(context.RequestAborted);
        var items = await db.Datasets.AsNoTracking().OrderBy(d => d.Slug).Skip(skip).Take(take).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(new Page<InventoryDatasetDto>(total, skip, take, items.Select(d => Dto(d, now)).ToList()));
    }

    private static async Task<IResult> RefreshedAsync(string slug, HttpContext context, AppDbContext db, IStringLocalizer<SharedResource> l)
    {
        if (!await db.Datasets.AnyAsync(d => d.Slug == slug, context.RequestAborted))
        {
            return TypedResults.NotFound();
        }

        var now = context.UtcNow();
        var updatedAt = now;
        if (context.Request.ContentLength is not 0 && (context.Request.ContentLength is not null || context.Request.ContentType is not null))
        {
            var (body, error) = await ApiJson.ReadObjectAsync(context, l);
            if (error is not null)
            {
                return error;
            }

            var reader = new ApiJson.FieldReader(body!.Value, l);
            reader.RejectUnknown("updatedAt");
            var text = reader.Text("updatedAt", 40);
            if (text is not null)
            {
                if (!DateTimeOffset.TryParseExact(text, MomentFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
                {
                    reader.Error("updatedAt", l["Give the moment as yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ."]);
                }
                else if (moment.Year < 2000 || moment > now.AddMinutes(5))
                {
                    reader.Error("updatedAt", l["The moment cannot be in the future or before the year 2000."]);
                }
                else
                {
                    updatedAt = moment.ToUniversalTime();
                }
            }

            if (reader.Errors.Count > 0)
            {
                return ApiEndpoints.Invalid(l, [.. reader.Errors]);
            }
        }

        var dataset = await DatasetStewardship.MarkRefreshedAsync(db, slug, updatedAt, now, context.RequestAborted);
        return dataset is null ? TypedResults.NotFound() : TypedResults.Ok(Dto(dataset, now));
    }
}
