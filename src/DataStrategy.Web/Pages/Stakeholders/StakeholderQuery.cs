using DataStrategy.Data.Entities;

namespace DataStrategy.Web.Pages.Stakeholders;

public static class StakeholderQuery
{
    public static IQueryable<Stakeholder> Filter(IQueryable<Stakeholder> query, string? q, Guid? department)
    {
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToUpperInvariant();
            query = query.Where(s => s.Name.ToUpper().Contains(term) || (s.Email != null && s.Email.ToUpper().Contains(term)) || (s.JobTitle != null && s.JobTitle.ToUpper().Contains(term)));
        }

        if (department is not null)
        {
            query = query.Where(s => s.DepartmentId == department);
        }

        return query;
    }
}
