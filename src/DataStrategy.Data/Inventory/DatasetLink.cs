using DataStrategy.Core.Text;

namespace DataStrategy.Data.Inventory;

/// <summary>A dataset as other pages of the programme link to it: its address part, title and whether it is on the public site.</summary>
public sealed record DatasetLink(Guid Id, string Slug, LocalizedText Title, bool Published);
