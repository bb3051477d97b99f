using DataStrategy.Core.Programme;

namespace DataStrategy.Data.Programme;

/// <summary>One step of a new organisation's set-up, done or not as its data says.</summary>
public sealed record SetupItem(SetupStep Step, bool Done);
