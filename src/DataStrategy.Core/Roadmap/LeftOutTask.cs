namespace DataStrategy.Core.Roadmap;

public sealed record LeftOutTask(int Task, LeftOutReason Reason);
