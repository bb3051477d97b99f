namespace DataStrategy.Web.Api;

public sealed record KpiDto(
    Guid Id,
    Texts Name,
    Texts Unit,
    decimal Baseline,
    DateOnly BaselineOn,
    decimal Target,
    DateOnly TargetOn,
    bool Public,
    decimal? Latest,
    DateOnly? LatestOn,
    string Status);
