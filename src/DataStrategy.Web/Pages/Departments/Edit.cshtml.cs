using System.ComponentModel.DataAnnotations;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Departments;

[RequirePermission(Permission.ManageDepartments)]
public sealed class EditModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int MaxName = 200;

    [FromRoute]
    public Guid? Id { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter a code.")]
    [StringLength(20, ErrorMessage = "{0} must be at most {1} characters long.")]
    [RegularExpression("^[A-Za-z0-9_-]+$", ErrorMessage = "The code may contain only letters, digits, dashes and underscores.")]
    [Display(Name = "Code")]
    public string Code { get; set; } = string.Empty;

    /// <summary>The department's name by language code.</summary>
    [BindProperty]
    public Dictionary<string, string?> Name { get; set; } = [];

    [BindProperty]
    public DepartmentKind Kind { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is null)
        {
            return Page();
        }

        var d = await Db.Departments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == Id);
        if (d is null)
        {
            return NotFound();
        }

        (Code, Name, Kind, Version) = (d.Code, LocalizedFields.From(d.Name), d.Kind, d.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Department? department = null;
        if (Id is not null)
        {
            department = await Db.Departments.SingleOrDefaultAsync(x => x.Id == Id);
            if (department is null)
            {
                return NotFound();
            }
        }

        if (!Enum.IsDefined(Kind))
        {
            ModelState.AddModelError(nameof(Kind), L["Choose a kind of department."]);
        }

        var name = LocalizedFields.Read(ModelState, nameof(Name), Name, MaxName, language => L["{0} must be at most {1} characters long.", LanguageText.For(L, "Name in {language}", language), MaxName]);
        // English is always offered but required only where it is the sole language (then "at least one" below asks for it).
        LocalizedFields.RequireIn(ModelState, nameof(Name), name, Organisation.Languages.Where(x => x != Core.Languages.English), language => LanguageText.For(L, "Enter the name in {language}.", language));
        if (name.IsEmpty && ModelState.IsValid)
        {
            LocalizedFields.RequireAny(ModelState, nameof(Name), name, InputLanguages(Name), L["Enter the department's name."]);
        }

        Code = Code?.Trim().ToUpperInvariant() ?? string.Empty;
        if (ModelState.IsValid && await Db.Departments.AnyAsync(x => x.Code == Code && x.Id != Id))
        {
            ModelState.AddModelError(nameof(Code), L["Another department already uses this code."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (department is null)
        {
            department = new Department();
            Db.Departments.Add(department);
        }
        else
        {
            Db.Entry(department).Property(x => x.Version).OriginalValue = Version;
        }

        department.Code = Code;
        department.Name = name;
        department.Kind = Kind;
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The department {0} was saved.", name.Get(Lang)]);
        return Redirect(OrgUrl("/departments"));
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var department = Id is null ? null : await Db.Departments.SingleOrDefaultAsync(x => x.Id == Id);
        if (department is null)
        {
            return NotFound();
        }

        // Deleting posts no form fields: their validation errors do not apply.
        ModelState.Clear();
        if (await Db.Stakeholders.AnyAsync(s => s.DepartmentId == department.Id))
        {
            (Code, Name, Kind, Version) = (department.Code, LocalizedFields.From(department.Name), department.Kind, department.Version);
            ModelState.AddModelError(string.Empty, L["This department still has stakeholders. Move them to another department first."]);
            return Page();
        }

        Db.Entry(department).Property(x => x.Version).OriginalValue = Version;
        Db.Departments.Remove(department);
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The department {0} was deleted.", department.Name.Get(Lang)]);
        return Redirect(OrgUrl("/departments"));
    }
}
