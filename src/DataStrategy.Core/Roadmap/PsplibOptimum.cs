namespace DataStrategy.Core.Roadmap;

/// <summary>A row of a PSPLIB optimum.csv: a proven optimum (Lower = Upper), bounds "a..b", or an upper bound "..b".</summary>
public sealed record PsplibOptimum(string Problem, int? Lower, int? Upper)
{
    public bool Proven => Lower is not null && Lower == Upper;
}
