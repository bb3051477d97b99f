namespace DataStrategy.Core.Images;

/// <summary>What inspecting an uploaded logo found.</summary>
public sealed record LogoCheck(LogoProblem Problem, LogoFormat? Format = null, int Width = 0, int Height = 0)
{
    public bool IsValid => Problem == LogoProblem.None;

    public string? ContentType => Format switch
    {
        LogoFormat.Png => "image/png",
        LogoFormat.Jpeg => "image/jpeg",
        _ => null,
    };
}
