namespace DataStrategy.Core.Roadmap;

/// <summary>What a number field held when read.</summary>
public enum NumberParse
{
    Ok,
    Empty,
    NotANumber,
    OutOfRange,
}
