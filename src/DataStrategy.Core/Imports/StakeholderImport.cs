using System.Globalization;
using System.Net.Mail;
using System.Text;

namespace DataStrategy.Core.Imports;

/// <summary>
/// Parses and validates a stakeholder list. It never half-succeeds: the caller imports the rows
/// only when <see cref="StakeholderImportResult.IsValid"/>, and otherwise shows every issue.
/// </summary>
public static class StakeholderImport
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 5000;
    public const int NameMax = 200;
    public const int JobTitleMax = 200;
    public const int EmailMax = 254;
    public const int NotesMax = 4000;

    public const string NameColumn = "name";
    public const string JobTitleColumn = "job_title";
    public const string DepartmentColumn = "department";
    public const string EmailColumn = "email";
    public const string NotesColumn = "notes";

    private static readonly Dictionary<string, string> HeaderAliases = BuildAliases();

    /// <param name="departmentLookup">Maps a normalised department name or code (see <see cref="Normalize"/>) to its id.</param>
    /// <param name="existingEmails">Normalised e-mail addresses already used by stakeholders of the organisation.</param>
    public static StakeholderImportResult Parse(string fileName, byte[] content, IReadOnlyDictionary<string, Guid> departmentLookup, IReadOnlySet<string> existingEmails)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(departmentLookup);
        ArgumentNullException.ThrowIfNull(existingEmails);
        if (content.Length > MaxBytes)
        {
            return Fail(new ImportIssue(ImportErrorCode.FileTooLarge, Value: (MaxBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture)));
        }

        TabularData table;
        try
        {
            table = TabularFile.Read(fileName, content, MaxRows);
        }
        catch (TabularFileException ex)
        {
            return Fail(new ImportIssue(ex.Code, Value: ex.Code switch
            {
                ImportErrorCode.TooManyRows => MaxRows.ToString(CultureInfo.InvariantCulture),
                ImportErrorCode.UnclosedQuote => ex.Detail,
                _ => null,
            }));
        }

        var columns = new Dictionary<string, int>();
        for (var i = 0; i < table.Header.Count; i++)
        {
            if (HeaderAliases.TryGetValue(Normalize(table.Header[i]), out var canonical) && !columns.ContainsKey(canonical))
            {
                columns[canonical] = i;
            }
        }

        if (!columns.ContainsKey(NameColumn))
        {
            return Fail(new ImportIssue(ImportErrorCode.MissingColumn, Row: 1, Column: NameColumn));
        }

        if (table.Rows.Count == 0)
        {
            return Fail(new ImportIssue(ImportErrorCode.NoRows));
        }

        var issues = new List<ImportIssue>();
        var rows = new List<StakeholderImportRow>(table.Rows.Count);
        var seenEmails = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var rowNumber = table.RowNumbers[r];
            var cells = table.Rows[r];
            string? Cell(string column) =>
                columns.TryGetValue(column, out var idx) && idx < cells.Count && !string.IsNullOrWhiteSpace(cells[idx]) ? cells[idx].Trim() : null;

            var name = Cell(NameColumn);
            var jobTitle = Cell(JobTitleColumn);
            var department = Cell(DepartmentColumn);
            var email = Cell(EmailColumn);
            var notes = Cell(NotesColumn);

            if (name is null)
            {
                issues.Add(new ImportIssue(ImportErrorCode.Required, rowNumber, NameColumn));
            }

            CheckLength(issues, rowNumber, NameColumn, name, NameMax);
            CheckLength(issues, rowNumber, JobTitleColumn, jobTitle, JobTitleMax);
            CheckLength(issues, rowNumber, NotesColumn, notes, NotesMax);

            Guid? departmentId = null;
            if (department is not null)
            {
                if (departmentLookup.TryGetValue(Normalize(department), out var id))
                {
                    departmentId = id;
                }
                else
                {
                    issues.Add(new ImportIssue(ImportErrorCode.DepartmentUnknown, rowNumber, DepartmentColumn, department));
                }
            }

            if (email is not null)
            {
                if (email.Length > EmailMax || !IsValidEmail(email))
                {
                    issues.Add(new ImportIssue(ImportErrorCode.EmailInvalid, rowNumber, EmailColumn, email));
                }
                else
                {
                    var key = email.ToUpperInvariant();
                    if (seenEmails.TryGetValue(key, out var firstRow))
                    {
                        issues.Add(new ImportIssue(ImportErrorCode.EmailDuplicateInFile, rowNumber, EmailColumn, firstRow.ToString(CultureInfo.InvariantCulture)));
                    }
                    else
                    {
                        seenEmails[key] = rowNumber;
                    }

                    if (existingEmails.Contains(key))
                    {
                        issues.Add(new ImportIssue(ImportErrorCode.EmailAlreadyExists, rowNumber, EmailColumn, email));
                    }
                }
            }

            rows.Add(new StakeholderImportRow(rowNumber, name ?? string.Empty, jobTitle, departmentId, department, email, notes));
        }

        return new StakeholderImportResult(rows, issues, table.Encoding);
    }

    public static bool IsValidEmail(string email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Any(char.IsWhiteSpace) || email.Length > EmailMax)
        {
            return false;
        }

        if (!MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            return false;
        }

        var at = email.LastIndexOf('@');
        return at > 0 && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.');
    }

    /// <summary>Lower case, no accents, single spaces: how headers and department names are matched.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '_' || c == '-')
            {
                if (!space)
                {
                    sb.Append(' ');
                }

                space = true;
                continue;
            }

            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString().Trim();
    }

    private static void CheckLength(List<ImportIssue> issues, int row, string column, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            issues.Add(new ImportIssue(ImportErrorCode.TooLong, row, column, max.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static StakeholderImportResult Fail(ImportIssue issue) => new([], [issue], null);

    private static Dictionary<string, string> BuildAliases()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string canonical, params string[] aliases)
        {
            map[Normalize(canonical)] = canonical;
            foreach (var a in aliases)
            {
                map[Normalize(a)] = canonical;
            }
        }

        Add(NameColumn, "full name", "nom", "nom complet", "naam", "volledige naam", "stakeholder", "partie prenante", "belanghebbende");
        Add(JobTitleColumn, "job title", "title", "function", "fonction", "titre", "functie", "job");
        Add(DepartmentColumn, "department", "departement", "département", "service", "direction", "afdeling", "dienst", "directie");
        Add(EmailColumn, "e-mail", "e mail", "mail", "courriel", "adresse e-mail", "e-mailadres", "emailadres");
        Add(NotesColumn, "note", "notes", "remarques", "commentaires", "opmerkingen", "notities", "comments");
        return map;
    }
}
