using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Pages.Public;

/// <summary>The case studies anyone may read, newest first, with the image shown first on each.</summary>
public static class PublishedCaseStudies
{
    public static async Task<List<(CaseStudy Study, CaseStudyImage? Image)>> ListAsync(AppDbContext db, int? take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.CaseStudies.AsNoTracking().Where(c => c.Status == CaseStudyStatus.Published).OrderByDescending(c => c.PublishedAt).AsQueryable();
        if (take is { } n)
        {
            query = query.Take(n);
        }

        var studies = await query.ToListAsync(cancellationToken);
        var ids = studies.Select(s => s.Id).ToList();
        var images = (await db.CaseStudyImages.AsNoTracking().Where(i => ids.Contains(i.CaseStudyId)).ToListAsync(cancellationToken))
            .GroupBy(i => i.CaseStudyId).ToDictionary(g => g.Key, g => g.OrderBy(i => i.Position).First());
        return studies.Select(s => (s, images.GetValueOrDefault(s.Id))).ToList();
    }
}
