namespace DataStrategy.Core.Images;

public enum PhotoProblem
{
    None,
    Empty,
    TooLarge,

    /// <summary>Not a JPEG, PNG or WebP signature (SVG, GIF, HTML, PDF, anything else).</summary>
    NotAPhoto,

    /// <summary>A known signature whose contents do not decode completely.</summary>
    Damaged,

    /// <summary>More pixels or a longer side than allowed (decompression bombs).</summary>
    TooManyPixels,

    TooSmall,
}
