using DataStrategy.Core.Text;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>An option of a select or checkbox list of the dataset form: a person's name, or a multilingual label (with a code before it).</summary>
public sealed record DatasetChoice(Guid Id, string? Name, LocalizedText? Label = null, string? Prefix = null)
{
    public string Value => Id.ToString("D");
}
