// One bound property per section and language, so every field has its own label, id and error.
using Microsoft.AspNetCore.Mvc;

namespace DataStrategy.Web.Pages.CaseStudies;

public sealed partial class EditModel
{
    [BindProperty]
    public string? TitleFr { get; set; }

    [BindProperty]
    public string? TitleNl { get; set; }

    [BindProperty]
    public string? TitleEn { get; set; }

    [BindProperty]
    public string? SummaryFr { get; set; }

    [BindProperty]
    public string? SummaryNl { get; set; }

    [BindProperty]
    public string? SummaryEn { get; set; }

    [BindProperty]
    public string? ProblemFr { get; set; }

    [BindProperty]
    public string? ProblemNl { get; set; }

    [BindProperty]
    public string? ProblemEn { get; set; }

    [BindProperty]
    public string? DataUsedFr { get; set; }

    [BindProperty]
    public string? DataUsedNl { get; set; }

    [BindProperty]
    public string? DataUsedEn { get; set; }

    [BindProperty]
    public string? ApproachFr { get; set; }

    [BindProperty]
    public string? ApproachNl { get; set; }

    [BindProperty]
    public string? ApproachEn { get; set; }

    [BindProperty]
    public string? OutcomeFr { get; set; }

    [BindProperty]
    public string? OutcomeNl { get; set; }

    [BindProperty]
    public string? OutcomeEn { get; set; }

    [BindProperty]
    public string? LessonsFr { get; set; }

    [BindProperty]
    public string? LessonsNl { get; set; }

    [BindProperty]
    public string? LessonsEn { get; set; }

    /// <summary>The bound text of a section in a language ("Title" + "Fr").</summary>
    public string? Field(string name) => name switch
    {
        "TitleFr" => TitleFr,
        "TitleNl" => TitleNl,
        "TitleEn" => TitleEn,
        "SummaryFr" => SummaryFr,
        "SummaryNl" => SummaryNl,
        "SummaryEn" => SummaryEn,
        "ProblemFr" => ProblemFr,
        "ProblemNl" => ProblemNl,
        "ProblemEn" => ProblemEn,
        "DataUsedFr" => DataUsedFr,
        "DataUsedNl" => DataUsedNl,
        "DataUsedEn" => DataUsedEn,
        "ApproachFr" => ApproachFr,
        "ApproachNl" => ApproachNl,
        "ApproachEn" => ApproachEn,
        "OutcomeFr" => OutcomeFr,
        "OutcomeNl" => OutcomeNl,
        "OutcomeEn" => OutcomeEn,
        "LessonsFr" => LessonsFr,
        "LessonsNl" => LessonsNl,
        "LessonsEn" => LessonsEn,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private void SetField(string name, string? value)
    {
        switch (name)
        {
            case "TitleFr": TitleFr = value; break;
            case "TitleNl": TitleNl = value; break;
            case "TitleEn": TitleEn = value; break;
            case "SummaryFr": SummaryFr = value; break;
            case "SummaryNl": SummaryNl = value; break;
            case "SummaryEn": SummaryEn = value; break;
            case "ProblemFr": ProblemFr = value; break;
            case "ProblemNl": ProblemNl = value; break;
            case "ProblemEn": ProblemEn = value; break;
            case "DataUsedFr": DataUsedFr = value; break;
            case "DataUsedNl": DataUsedNl = value; break;
            case "DataUsedEn": DataUsedEn = value; break;
            case "ApproachFr": ApproachFr = value; break;
            case "ApproachNl": ApproachNl = value; break;
            case "ApproachEn": ApproachEn = value; break;
            case "OutcomeFr": OutcomeFr = value; break;
            case "OutcomeNl": OutcomeNl = value; break;
            case "OutcomeEn": OutcomeEn = value; break;
            case "LessonsFr": LessonsFr = value; break;
            case "LessonsNl": LessonsNl = value; break;
            case "LessonsEn": LessonsEn = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(name));
        }
    }
}
