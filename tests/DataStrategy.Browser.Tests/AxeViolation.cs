namespace DataStrategy.Browser.Tests;

/// <summary>A serious or critical axe-core violation as the page reports it: the rule, its impact, and up to three elements.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, string[] Nodes);
