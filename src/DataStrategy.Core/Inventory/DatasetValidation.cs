using DataStrategy.Core.Text;

namespace DataStrategy.Core.Inventory;

/// <summary>
/// Checks a dataset's fields once for the register's form, the import and the API: lengths, vocabulary codes,
/// addresses (absolute http or https only: no <c>javascript:</c>, no relative links), the address name (slug).
/// Nothing is saved unless <see cref="Check"/> finds no problem.
/// </summary>
public static class DatasetValidation
{
    /// <summary>Address parts the register's own pages use: a dataset cannot take them as its slug.</summary>
    public static IReadOnlySet<string> ReservedSlugs { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "new", "import", "export", "reminders", "due", "edit", "catalogue",
    };

    /// <summary>Every problem with <paramref name="fields"/>; empty when they may be saved.</summary>
    public static List<DatasetProblem> Check(DatasetFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var problems = new List<DatasetProblem>();
        Text(problems, "Title", fields.Title, DatasetRules.MaxTitle);
        if (fields.Title.Values.Values.All(string.IsNullOrWhiteSpace))
        {
            problems.Add(new DatasetProblem("Title", DatasetProblemKind.Required));
        }

        Text(problems, "Description", fields.Description, DatasetRules.MaxDescription);
        Text(problems, "Keywords", fields.Keywords, DatasetRules.MaxKeywords);
        Text(problems, "QualityNotes", fields.QualityNotes, DatasetRules.MaxQualityNotes);
        if (!string.IsNullOrEmpty(fields.Slug) && !IsSlug(fields.Slug))
        {
            problems.Add(new DatasetProblem("Slug", DatasetProblemKind.BadSlug, Limit: DatasetRules.MaxSlug));
        }

        Plain(problems, "SourceSystem", fields.SourceSystem, DatasetRules.MaxSourceSystem);
        Plain(problems, "Spatial", fields.Spatial, DatasetRules.MaxSpatial);
        if (EuVocabularies.FrequencyOf(fields.Frequency) is null)
        {
            problems.Add(new DatasetProblem("Frequency", DatasetProblemKind.UnknownCode));
        }

        if (fields.Themes.Any(t => EuVocabularies.Find(EuVocabularies.DataThemes, t) is null))
        {
            problems.Add(new DatasetProblem("Themes", DatasetProblemKind.UnknownCode));
        }

        if (EuVocabularies.Find(EuVocabularies.AccessRights, fields.AccessRight) is null)
        {
            problems.Add(new DatasetProblem("AccessRight", DatasetProblemKind.UnknownCode));
        }

        if (!string.IsNullOrEmpty(fields.Licence) && EuVocabularies.Find(EuVocabularies.Licences, fields.Licence) is null)
        {
            problems.Add(new DatasetProblem("Licence", DatasetProblemKind.UnknownCode));
        }

        if (!string.IsNullOrEmpty(fields.HighValueCategory) && EuVocabularies.Find(EuVocabularies.HighValueCategories, fields.HighValueCategory) is null)
        {
            problems.Add(new DatasetProblem("HighValueCategory", DatasetProblemKind.UnknownCode));
        }
        else if (fields.HighValue && string.IsNullOrEmpty(fields.HighValueCategory))
        {
            problems.Add(new DatasetProblem("HighValueCategory", DatasetProblemKind.CategoryRequired));
        }

        if (fields.TemporalStart is { Year: < 1800 })
        {
            problems.Add(new DatasetProblem("TemporalStart", DatasetProblemKind.OutOfRange));
        }

        if (fields.TemporalEnd is { Year: < 1800 })
        {
            problems.Add(new DatasetProblem("TemporalEnd", DatasetProblemKind.OutOfRange));
        }
        else if (fields.TemporalStart is { } start && fields.TemporalEnd is { } end && end < start)
        {
            problems.Add(new DatasetProblem("TemporalEnd", DatasetProblemKind.EndBeforeStart));
        }

        if (fields.ReviewMonths is < DatasetRules.MinReviewMonths or > DatasetRules.MaxReviewMonths)
        {
            problems.Add(new DatasetProblem("ReviewMonths", DatasetProblemKind.OutOfRange));
        }

        if (fields.Distributions.Count > DatasetRules.MaxDistributions)
        {
            problems.Add(new DatasetProblem("Distributions", DatasetProblemKind.TooMany, Limit: DatasetRules.MaxDistributions));
            return problems;
        }

        for (var i = 0; i < fields.Distributions.Count; i++)
        {
            var d = fields.Distributions[i];
            var prefix = $"Distributions[{i}].";
            Text(problems, prefix + "Title", d.Title, DatasetRules.MaxTitle);
            if (EuVocabularies.Find(EuVocabularies.FileTypes, d.Format) is null)
            {
                problems.Add(new DatasetProblem(prefix + "Format", DatasetProblemKind.UnknownCode));
            }

            if (string.IsNullOrWhiteSpace(d.AccessUrl))
            {
                problems.Add(new DatasetProblem(prefix + "AccessUrl", DatasetProblemKind.Required));
            }
            else if (!IsAddress(d.AccessUrl))
            {
                problems.Add(new DatasetProblem(prefix + "AccessUrl", DatasetProblemKind.NotAnAddress, Limit: DatasetRules.MaxAddress));
            }

            if (!string.IsNullOrWhiteSpace(d.DownloadUrl) && !IsAddress(d.DownloadUrl))
            {
                problems.Add(new DatasetProblem(prefix + "DownloadUrl", DatasetProblemKind.NotAnAddress, Limit: DatasetRules.MaxAddress));
            }
        }

        return problems;
    }

    /// <summary>Whether a distribution's address is absolute http or https, of a sensible length, without spaces or control characters.</summary>
    public static bool IsAddress(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > DatasetRules.MaxAddress || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(uri.Host)
            && string.IsNullOrEmpty(uri.UserInfo);
    }

    /// <summary>Lower-case ASCII letters and digits separated by single hyphens, at most <see cref="DatasetRules.MaxSlug"/> long, not a reserved word.</summary>
    public static bool IsSlug(string? slug)
    {
        if (string.IsNullOrEmpty(slug) || slug.Length > DatasetRules.MaxSlug || ReservedSlugs.Contains(slug) || slug[0] == '-' || slug[^1] == '-' || slug.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        return slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
    }

    /// <summary>A slug made from a title: accents removed, lower case, words joined by hyphens ("Qualité de l'air" → "qualite-de-l-air").</summary>
    public static string SlugFrom(string? title)
    {
        var folded = DatasetRules.Fold(title);
        var sb = new System.Text.StringBuilder(Math.Min(folded.Length, DatasetRules.MaxSlug));
        foreach (var c in folded)
        {
            if (sb.Length >= DatasetRules.MaxSlug)
            {
                break;
            }

            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 || ReservedSlugs.Contains(slug) ? "dataset" + (slug.Length == 0 ? "" : "-" + slug) : slug;
    }

    /// <summary>
    /// <paramref name="slug"/>, or when it is taken, the same with "-2", "-3"… (cut to fit <see cref="DatasetRules.MaxSlug"/>).
    /// </summary>
    public static string Unique(string slug, Func<string, bool> taken)
    {
        ArgumentNullException.ThrowIfNull(slug);
        ArgumentNullException.ThrowIfNull(taken);
        if (!taken(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var candidate = slug[..Math.Min(slug.Length, DatasetRules.MaxSlug - suffix.Length)].TrimEnd('-') + suffix;
            if (!taken(candidate))
            {
                return candidate;
            }
        }
    }

    private static void Text(List<DatasetProblem> problems, string field, LocalizedText text, int max)
    {
        foreach (var (language, value) in text.Values)
        {
            if (value.Length > max)
            {
                problems.Add(new DatasetProblem(field, DatasetProblemKind.TooLong, language, max));
            }
        }
    }

    private static void Plain(List<DatasetProblem> problems, string field, string? value, int max)
    {
        if (value?.Length > max)
        {
            problems.Add(new DatasetProblem(field, DatasetProblemKind.TooLong, Limit: max));
        }
    }
}
