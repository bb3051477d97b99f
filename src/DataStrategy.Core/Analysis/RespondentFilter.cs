namespace DataStrategy.Core.Analysis;

/// <summary>Which respondents an analysis covers. Null means any.</summary>
public sealed record RespondentFilter(int? Department = null, int? DepartmentKind = null, int? RespondentType = null)
{
    public static RespondentFilter All { get; } = new();

    internal bool Matches(AnalysisData data, int respondent)
    {
        var department = data.RespondentDepartment[respondent];
        return (Department is not { } d || department == d)
            && (DepartmentKind is not { } k || (department >= 0 && data.DepartmentKindOf(department) == k))
            && (RespondentType is not { } t || data.RespondentKind[respondent] == t);
    }
}
