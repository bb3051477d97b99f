using DataStrategy.Core.Strategy;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>One item's changes with a way to name link targets, for the _ItemChange partial.</summary>
public sealed record ChangeView(ItemChange Change, Func<string, string> Label);
