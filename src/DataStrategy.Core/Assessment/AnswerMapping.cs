using System.Text.Json;
using System.Text.Json.Serialization;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Assessment;

/// <summary>
/// How a survey tool's export maps onto a framework: which column is the respondent, which columns
/// (wide) or which cells (long) are which questions, and how unusual cell values read as levels.
/// Saved per campaign and as a JSON file for the CLI, so the same export imports again unattended.
/// </summary>
public sealed class AnswerMapping
{
    public const string Skip = "skip";
    public const string DontKnow = "dk";
    public const string NotApplicable = "na";

    /// <summary>In <see cref="Departments"/>: create a new department named after the value.</summary>
    public const string NewDepartment = "new";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public AnswerLayout Layout { get; set; }

    public string? RespondentColumn { get; set; }

    public string? NameColumn { get; set; }

    public string? DepartmentColumn { get; set; }

    /// <summary>Long layout: the column naming the question (its ID or its text).</summary>
    public string? QuestionColumn { get; set; }

    /// <summary>Long layout: the column holding the answer.</summary>
    public string? ValueColumn { get; set; }

    /// <summary>Long layout (optional): the target level.</summary>
    public string? TargetColumn { get; set; }

    /// <summary>Long layout (optional): evidence or comment.</summary>
    public string? EvidenceColumn { get; set; }

    /// <summary>Wide layout: column header → question ID. Columns not listed are ignored.</summary>
    public Dictionary<string, string> Columns { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Cell value (as written) → level number, "dk", "na" or "skip", for values the tool could not read itself.</summary>
    public Dictionary<string, string> Values { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Department value (as written in the file) → the code of an existing department, or <see cref="NewDepartment"/>: for
    /// values matching no department's code or name. Values are compared trimmed, ignoring case and accents.
    /// </summary>
    public Dictionary<string, string> Departments { get; set; } = new(StringComparer.Ordinal);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a mapping file; null when it is not a mapping.</summary>
    public static AnswerMapping? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var mapping = JsonSerializer.Deserialize<AnswerMapping>(json, Json);
            if (mapping is null)
            {
                return null;
            }

            mapping.Columns = new Dictionary<string, string>(mapping.Columns ?? [], StringComparer.Ordinal);
            mapping.Values = new Dictionary<string, string>(mapping.Values ?? [], StringComparer.Ordinal);
            mapping.Departments = new Dictionary<string, string>(mapping.Departments ?? [], StringComparer.Ordinal);
            return mapping;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static readonly string[] RespondentNames = ["respondent", "respondent id", "id", "response id", "repondant", "reponse", "antwoord id", "email", "e mail", "courriel"];
    private static readonly string[] PersonNames = ["name", "nom", "naam", "full name", "nom complet", "volledige naam"];
    private static readonly string[] DepartmentNames = ["department", "departement", "service", "dienst", "directie", "direction", "afdeling"];
    private static readonly string[] QuestionNames = ["question", "vraag", "item", "question id", "vraag id", "indicator"];
    private static readonly string[] ValueNames = ["value", "answer", "level", "score", "valeur", "reponse", "niveau", "antwoord", "waarde"];
    private static readonly string[] TargetNames = ["target", "target level", "cible", "niveau cible", "doel", "doelniveau"];
    private static readonly string[] EvidenceNames = ["evidence", "comment", "comments", "preuve", "commentaire", "bewijs", "opmerking", "toelichting"];

    /// <summary>
    /// A first guess: the remembered mapping for columns it knows, then headers that name a
    /// question by ID or by text in any language, then usual names for the respondent columns.
    /// </summary>
    public static AnswerMapping Suggest(IReadOnlyList<string> header, FrameworkDefinition framework, AnswerMapping? remembered = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(framework);
        var matcher = new QuestionMatcher(framework);
        var mapping = new AnswerMapping();
        string? Find(string[] names) => header.FirstOrDefault(h => names.Contains(StakeholderImport.Normalize(h)));

        foreach (var h in header)
        {
            if (remembered is not null && remembered.Columns.TryGetValue(h, out var q) && framework.Question(q) is not null)
            {
                mapping.Columns[h] = q;
            }
            else if (matcher.Match(h) is { } match)
            {
                mapping.Columns[h] = match;
            }
        }

        var headerSet = header.ToHashSet(StringComparer.Ordinal);
        string? Keep(string? column) => column is not null && headerSet.Contains(column) ? column : null;
        mapping.QuestionColumn = Keep(remembered?.QuestionColumn) ?? Find(QuestionNames);
        mapping.ValueColumn = Keep(remembered?.ValueColumn) ?? Find(ValueNames);
        mapping.Layout = mapping.Columns.Count == 0 && mapping.QuestionColumn is not null && mapping.ValueColumn is not null ? AnswerLayout.Long : AnswerLayout.Wide;
        if (remembered is not null && (remembered.Layout == AnswerLayout.Wide ? remembered.Columns.Keys.Any(headerSet.Contains) : Keep(remembered.QuestionColumn) is not null))
        {
            mapping.Layout = remembered.Layout;
        }

        mapping.RespondentColumn = Keep(remembered?.RespondentColumn) ?? Find(RespondentNames);
        mapping.NameColumn = Keep(remembered?.NameColumn) ?? Find(PersonNames);
        mapping.DepartmentColumn = Keep(remembered?.DepartmentColumn) ?? Find(DepartmentNames);
        mapping.TargetColumn = Keep(remembered?.TargetColumn) ?? Find(TargetNames);
        mapping.EvidenceColumn = Keep(remembered?.EvidenceColumn) ?? Find(EvidenceNames);
        if (remembered is not null)
        {
            foreach (var (value, meaning) in remembered.Values)
            {
                mapping.Values[value] = meaning;
            }

            foreach (var (value, department) in remembered.Departments)
            {
                mapping.Departments[value] = department;
            }
        }

        return mapping;
    }

    /// <summary>
    /// <paramref name="over"/> laid on <paramref name="under"/>: every column, question, value and department that
    /// <paramref name="over"/> names wins, the rest of <paramref name="under"/> stays. Given to <see cref="Suggest"/> as what is
    /// remembered, a mapping file thus adds to the automatic mapping instead of replacing it.
    /// </summary>
    public static AnswerMapping Combine(AnswerMapping? under, AnswerMapping over)
    {
        ArgumentNullException.ThrowIfNull(over);
        under ??= new AnswerMapping();
        var combined = new AnswerMapping
        {
            Layout = over.Columns.Count > 0 || over.QuestionColumn is not null ? over.Layout : under.Layout,
            RespondentColumn = over.RespondentColumn ?? under.RespondentColumn,
            NameColumn = over.NameColumn ?? under.NameColumn,
            DepartmentColumn = over.DepartmentColumn ?? under.DepartmentColumn,
            QuestionColumn = over.QuestionColumn ?? under.QuestionColumn,
            ValueColumn = over.ValueColumn ?? under.ValueColumn,
            TargetColumn = over.TargetColumn ?? under.TargetColumn,
            EvidenceColumn = over.EvidenceColumn ?? under.EvidenceColumn,
        };
        foreach (var source in new[] { under, over })
        {
            foreach (var (k, v) in source.Columns)
            {
                combined.Columns[k] = v;
            }

            foreach (var (k, v) in source.Values)
            {
                combined.Values[k] = v;
            }

            foreach (var (k, v) in source.Departments)
            {
                combined.Departments[k] = v;
            }
        }

        return combined;
    }
}
