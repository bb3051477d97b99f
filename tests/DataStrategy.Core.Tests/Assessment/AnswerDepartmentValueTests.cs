using DataStrategy.Core.Assessment;
using DataStrategy.Core.Imports;
using static DataStrategy.Core.Tests.Assessment.AnswerImportTestData;

namespace DataStrategy.Core.Tests.Assessment;

/// <summary>Unknown department values are offered for mapping once each (issue 19); a mapping file adds to the automatic one.</summary>
public class AnswerDepartmentValueTests
{
    private static readonly Guid Urb = Guid.NewGuid();

    private static Dictionary<string, Guid> Lookup() => new(StringComparer.Ordinal) { ["urb"] = Urb };

    [Fact]
    public void UnknownDepartment_IsOneIssuePerDistinctValue_WithItsCount()
    {
        var data = Table(["Respondent", "Service", "lead-01"],
            ["K-1", "Dienst X", "2"], ["K-2", " dienst x ", "3"], ["K-3", "URB", "3"], ["K-4", "Autre", "1"], ["K-5", "DIENST X", "4"]);
        var mapping = AnswerMapping.Suggest(data.Header, City);

        var result = AnswerImport.Parse(data, City, mapping, Lookup());

        Assert.False(result.IsValid);
        Assert.Equal(new Dictionary<string, int> { ["Dienst X"] = 3, ["Autre"] = 1 }, result.UnknownDepartments);
        Assert.Equal([new ImportIssue(ImportErrorCode.DepartmentUnknown, 2, "Service", "Dienst X"), new ImportIssue(ImportErrorCode.DepartmentUnknown, 5, "Service", "Autre")], result.Issues);
    }

    [Fact]
    public void TooManyUnknownDepartments_StopsOfferingThem_WithOneSentence()
    {
        var rows = Enumerable.Range(0, AnswerImport.MaxUnknownDepartments + 50).Select(i => new[] { "K-" + i, "Dept " + i, "2" }).ToArray();
        var data = Table(["Respondent", "Service", "lead-01"], rows);

        var result = AnswerImport.Parse(data, City, AnswerMapping.Suggest(data.Header, City), Lookup());

        Assert.Equal(AnswerImport.MaxUnknownDepartments, result.UnknownDepartments.Count);
        Assert.Single(result.Issues, i => i.Code == ImportErrorCode.TooManyDepartments);
    }

    [Fact]
    public void StakeholderListGivenAsAnswers_SaysWhatItLooksLike_First()
    {
        var data = Table(["Name", "Email", "Department"], ["Ann", "ann@example.org", "URB"]);

        var result = AnswerImport.Parse(data, City, AnswerMapping.Suggest(data.Header, City), Lookup());

        Assert.Equal(new ImportIssue(ImportErrorCode.WrongShape, Column: AnswerFileShape.Stakeholders, Value: "Name, Email, Department"), result.Issues[0]);
    }

    [Fact]
    public void JsonGivenAsAnswers_IsSniffedAsAFramework()
    {
        Assert.Equal(AnswerFileShape.Framework, AnswerFileShape.Sniff("\uFEFF  {\"dimensions\": []}"u8.ToArray())!.Column);
        Assert.Null(AnswerFileShape.Sniff("a;b\n1;2"u8));
    }

    [Fact]
    public void Combine_AMappingWithOnlyValues_KeepsTheAutomaticColumns()
    {
        var header = new[] { "Respondent", "Service", "lead-01", "lead-02" };
        var file = new AnswerMapping { Values = { ["beaucoup"] = "4" }, Departments = { ["Dienst X"] = "IT" } };

        var mapping = AnswerMapping.Suggest(header, City, AnswerMapping.Combine(null, file));

        Assert.Equal(["lead-01", "lead-02"], mapping.Columns.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("Respondent", "Service"), (mapping.RespondentColumn, mapping.DepartmentColumn));
        Assert.Equal("4", mapping.Values["beaucoup"]);
        Assert.Equal("IT", mapping.Departments["Dienst X"]);
    }

    [Fact]
    public void Combine_TheFileWins_OverWhatIsRemembered()
    {
        var remembered = new AnswerMapping { DepartmentColumn = "Old", Departments = { ["A"] = "URB", ["B"] = "IT" } };
        var file = new AnswerMapping { DepartmentColumn = "Service", Departments = { ["A"] = "new" } };

        var combined = AnswerMapping.Combine(remembered, file);

        Assert.Equal("Service", combined.DepartmentColumn);
        Assert.Equal(new Dictionary<string, string> { ["A"] = "new", ["B"] = "IT" }, combined.Departments);
    }

    [Fact]
    public void Departments_RoundTripThroughJson()
    {
        var mapping = new AnswerMapping { Departments = { ["Dienst X"] = "new" } };

        Assert.Equal("new", AnswerMapping.FromJson(mapping.ToJson())!.Departments["Dienst X"]);
        Assert.Empty(AnswerMapping.FromJson("{\"departments\": null}")!.Departments);
    }
}
