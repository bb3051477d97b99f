namespace DataStrategy.Core.Images;

public enum LogoProblem
{
    None,
    Empty,
    TooLarge,

    /// <summary>Neither a PNG nor a JPEG signature (SVG, GIF, HTML, anything else).</summary>
    NotPngOrJpeg,

    /// <summary>A PNG or JPEG signature followed by a structure that does not hold together.</summary>
    Damaged,
    TooManyPixels,
}
