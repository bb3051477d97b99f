using DataStrategy.Data.Accounts;

namespace DataStrategy.Cli;

/// <summary>Identity's errors (a password too short…) in the language of <c>--language</c>, in the pages' words.</summary>
public sealed class CliIdentityErrors() : LocalizedIdentityErrors(CliText.Instance);
