namespace DataStrategy.Core.Images;

public sealed record PhotoResult(PhotoProblem Problem, int Width, int Height, IReadOnlyList<PhotoRendition> Renditions)
{
    public bool IsValid => Problem == PhotoProblem.None;

    public static PhotoResult Refused(PhotoProblem problem) => new(problem, 0, 0, []);
}
