using System.Globalization;
using System.Text;
using DataStrategy.Core.Assessment;
using DataStrategy.Core.Imports;
using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Assessment;

/// <summary>
/// How an answer file's department values find their departments: automatically by code or by name in any language
/// (<see cref="DepartmentLookup"/>), then by the mapping's <see cref="AnswerMapping.Departments"/>, which adds to the
/// automatic lookup (a value it names wins). A value mapped to <see cref="AnswerMapping.NewDepartment"/> gets a new
/// department named after it, created only when the import is committed, in its transaction.
/// </summary>
public sealed class AnswerDepartmentPlan
{
    /// <summary>Longest name of a department created by an import.</summary>
    public const int MaxNewNameLength = 200;

    private readonly Dictionary<string, Department> _new = new(StringComparer.Ordinal);

    /// <summary>Normalised value or code → department id (new departments included, by the id they will have).</summary>
    public Dictionary<string, Guid> Lookup { get; } = new(StringComparer.Ordinal);

    /// <summary>The organisation's departments, for the mapping step's choices.</summary>
    public IReadOnlyList<Department> Existing { get; private init; } = [];

    /// <summary>Rules that cannot be followed (an unknown department code, a name no new department can have), by normalised value.</summary>
    private readonly Dictionary<string, ImportIssue> _problems = new(StringComparer.Ordinal);

    /// <summary>
    /// The rules that cannot be followed for values <paramref name="result"/> holds: their values stay unknown. A rule for a
    /// value the file does not hold (remembered from another file) is no problem of this file.
    /// </summary>
    public IReadOnlyList<ImportIssue> IssuesFor(AnswerImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var unknown = result.UnknownDepartments.Keys.Select(StakeholderImport.Normalize).ToHashSet(StringComparer.Ordinal);
        return [.. _problems.Where(p => unknown.Contains(p.Key)).Select(p => p.Value)];
    }

    /// <summary>The departments to create for the values of <paramref name="result"/> that use them (those of other files are not created).</summary>
    public IReadOnlyList<Department> NewDepartmentsFor(AnswerImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var used = result.Respondents.Where(r => r.DepartmentId is not null).Select(r => r.DepartmentId!.Value).ToHashSet();
        return [.. _new.Values.Where(d => used.Contains(d.Id)).DistinctBy(d => d.Id)];
    }

    public static async Task<AnswerDepartmentPlan> LoadAsync(AppDbContext db, AnswerMapping mapping, Guid organisationId, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return For(await db.Departments.AsNoTracking().ToListAsync(cancellationToken), mapping, organisationId, language);
    }

    public static AnswerDepartmentPlan For(IReadOnlyList<Department> departments, AnswerMapping mapping, Guid organisationId, string language)
    {
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(mapping);
        var plan = new AnswerDepartmentPlan { Existing = departments };
        foreach (var (k, v) in DepartmentLookup.For(departments))
        {
            plan.Lookup[k] = v;
        }

        var automatic = new Dictionary<string, Guid>(plan.Lookup, StringComparer.Ordinal);
        var codes = departments.ToDictionary(d => d.Code.Trim().ToUpperInvariant(), d => d.Id, StringComparer.Ordinal);
        var takenCodes = codes.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var (value, target) in mapping.Departments)
        {
            var key = StakeholderImport.Normalize(value);
            if (key.Length == 0 || string.IsNullOrWhiteSpace(target))
            {
                continue;
            }

            if (!string.Equals(target.Trim(), AnswerMapping.NewDepartment, StringComparison.OrdinalIgnoreCase))
            {
                if (codes.TryGetValue(target.Trim().ToUpperInvariant(), out var id))
                {
                    plan.Lookup[key] = id;
                }
                else
                {
                    plan._problems[key] = new ImportIssue(ImportErrorCode.DepartmentUnknown, Value: target.Length > 80 ? target[..80] + "…" : target);
                }

                continue;
            }

            // "Create" a department that exists by now (an earlier import made it): it is that one.
            if (automatic.TryGetValue(key, out var existing))
            {
                plan.Lookup[key] = existing;
                continue;
            }

            if (plan._new.TryGetValue(key, out var made))
            {
                plan.Lookup[key] = made.Id;
                continue;
            }

            var name = value.Trim();
            if (!IsUsableName(name))
            {
                plan._problems[key] = new ImportIssue(ImportErrorCode.DepartmentNameInvalid, Value: name.Length > 80 ? name[..80] + "…" : name);
                continue;
            }

            var department = new Department
            {
                OrganisationId = organisationId,
                Code = CodeFor(name, takenCodes),
                Name = new LocalizedText().Set(language, name),
                Kind = DepartmentKind.Business,
            };
            takenCodes.Add(department.Code);
            plan._new[key] = department;
            plan.Lookup[key] = department.Id;
        }

        return plan;
    }

    /// <summary>
    /// A name a spreadsheet will not run as a formula (no leading =, +, -, @), without control characters or markup
    /// brackets, and not too long. Everything else is kept as written.
    /// </summary>
    public static bool IsUsableName(string name) =>
        name.Length is > 0 and <= MaxNewNameLength
        && name[0] is not ('=' or '+' or '-' or '@')
        && !name.Any(c => char.IsControl(c) || c is '<' or '>');

    /// <summary>A free code from the name's letters and digits (URBANI, URBANI-2…), at most 20 characters.</summary>
    public static string CodeFor(string name, IReadOnlySet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var letters = new StringBuilder();
        foreach (var c in StakeholderImport.Normalize(name))
        {
            if (char.IsAsciiLetterOrDigit(c) && letters.Length < 8)
            {
                letters.Append(char.ToUpperInvariant(c));
            }
        }

        var stem = letters.Length == 0 ? "DEPT" : letters.ToString();
        var code = stem;
        for (var n = 2; taken.Contains(code); n++)
        {
            code = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
        }

        return code;
    }
}
