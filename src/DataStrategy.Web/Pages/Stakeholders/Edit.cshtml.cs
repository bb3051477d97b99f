using System.ComponentModel.DataAnnotations;
using DataStrategy.Core.Imports;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Stakeholders;

[RequirePermission(Permission.ManageStakeholders)]
public sealed class EditModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public sealed record Conflict(string Field, string? Theirs, string? Yours);

    [FromRoute]
    public Guid? Id { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the stakeholder's name.")]
    [StringLength(StakeholderImport.NameMax, ErrorMessage = "{0} must be at most {1} characters long.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [BindProperty]
    [StringLength(StakeholderImport.JobTitleMax, ErrorMessage = "{0} must be at most {1} characters long.")]
    [Display(Name = "Job title")]
    public string? JobTitle { get; set; }

    [BindProperty]
    [Display(Name = "Department")]
    public Guid? DepartmentId { get; set; }

    [BindProperty]
    [StringLength(StakeholderImport.EmailMax, ErrorMessage = "{0} must be at most {1} characters long.")]
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [BindProperty]
    [StringLength(StakeholderImport.NotesMax, ErrorMessage = "{0} must be at most {1} characters long.")]
    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    [BindProperty]
    public string? Language { get; set; }

    /// <summary>The language of the stored notes, for the textarea's lang.</summary>
    public string? NotesLanguage { get; private set; }

    [BindProperty]
    public Guid Version { get; set; }

    public bool IsNew => Id is null;

    public List<Department> Departments { get; private set; } = [];

    public List<Conflict> Conflicts { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadDepartmentsAsync();
        if (Id is null)
        {
            return Page();
        }

        var s = await Db.Stakeholders.AsNoTracking().SingleOrDefaultAsync(x => x.Id == Id && x.ErasedAt == null);
        if (s is null)
        {
            return NotFound();
        }

        (Name, JobTitle, DepartmentId, Email, Notes, Version, Language, NotesLanguage) = (s.Name, s.JobTitle, s.DepartmentId, s.Email, s.Notes, s.Version, s.Language, s.NotesLanguage);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadDepartmentsAsync();
        Stakeholder? stakeholder = null;
        if (Id is not null)
        {
            stakeholder = await Db.Stakeholders.SingleOrDefaultAsync(x => x.Id == Id && x.ErasedAt == null);
            if (stakeholder is null)
            {
                return NotFound();
            }
        }

        Name = Name?.Trim() ?? string.Empty;
        JobTitle = Blank(JobTitle);
        Email = Blank(Email);
        Notes = Blank(Notes);
        Language = Blank(Language);
        if (Language is not null && !Organisation.Languages.Contains(Language))
        {
            ModelState.AddModelError(nameof(Language), L["Choose the person's language from the list."]);
        }

        if (DepartmentId is not null && Departments.All(d => d.Id != DepartmentId))
        {
            ModelState.AddModelError(nameof(DepartmentId), L["Choose a department from the list."]);
        }

        if (Email is not null)
        {
            if (!StakeholderImport.IsValidEmail(Email))
            {
                ModelState.AddModelError(nameof(Email), L["Enter a valid e-mail address."]);
            }
            else if (await Db.Stakeholders.AnyAsync(s => s.Email != null && s.Email.ToUpper() == Email.ToUpperInvariant() && s.Id != Id))
            {
                ModelState.AddModelError(nameof(Email), L["Another stakeholder already has this e-mail address."]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (stakeholder is null)
        {
            stakeholder = new Stakeholder();
            Db.Stakeholders.Add(stakeholder);
        }
        else
        {
            Db.Entry(stakeholder).Property(x => x.Version).OriginalValue = Version;
        }

        if (stakeholder.Notes != Notes)
        {
            // Notes are kept in the language they are written in: the writer's, when they change.
            stakeholder.NotesLanguage = Notes is null ? null : Lang;
        }

        (stakeholder.Name, stakeholder.JobTitle, stakeholder.DepartmentId, stakeholder.Email, stakeholder.Notes, stakeholder.Language) = (Name, JobTitle, DepartmentId, Email, Notes, Language);
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await Db.Stakeholders.AsNoTracking().SingleOrDefaultAsync(x => x.Id == Id);
            if (current is null || current.IsErased)
            {
                return NotFound();
            }

            DescribeConflict(current);
            // The next save deliberately replaces what the other person saved.
            Version = current.Version;
            ModelState.Remove(nameof(Version));
            return Page();
        }

        Flash(L["The stakeholder {0} was saved.", Name]);
        return Redirect(OrgUrl("/stakeholders"));
    }

    private void DescribeConflict(Stakeholder current)
    {
        string? DepartmentName(Guid? id) => Departments.FirstOrDefault(d => d.Id == id)?.Name.Get(Lang);
        void Compare(string field, string? theirs, string? yours)
        {
            if (!string.Equals(theirs ?? string.Empty, yours ?? string.Empty, StringComparison.Ordinal))
            {
                Conflicts.Add(new Conflict(L[field], theirs, yours));
            }
        }

        Compare("Name", current.Name, Name);
        Compare("Job title", current.JobTitle, JobTitle);
        Compare("Department", DepartmentName(current.DepartmentId), DepartmentName(DepartmentId));
        Compare("E-mail address", current.Email, Email);
        Compare("Notes", current.Notes, Notes);
        if (Conflicts.Count == 0)
        {
            Conflicts.Add(new Conflict(L["Name"], current.Name, Name));
        }
    }

    private async Task LoadDepartmentsAsync() =>
        Departments = (await Db.Departments.AsNoTracking().ToListAsync()).OrderBy(d => d.Name.Get(Lang), StringComparer.CurrentCulture).ToList();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
