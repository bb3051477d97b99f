namespace DataStrategy.Core.Inventory;

/// <summary>One problem with a dataset's fields.</summary>
/// <param name="Field">The field, as the form names it: "Title", "Slug", "Distributions[2].AccessUrl".</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Language">For a multilingual field, the language of the text at fault.</param>
/// <param name="Limit">For <see cref="DatasetProblemKind.TooLong"/> and <see cref="DatasetProblemKind.TooMany"/>, the most allowed.</param>
public sealed record DatasetProblem(string Field, DatasetProblemKind Kind, string? Language = null, int Limit = 0);
