namespace DataStrategy.Core.Images;

/// <summary>One size of a processed photo: always a freshly encoded JPEG.</summary>
public sealed record PhotoRendition(string Size, int Width, int Height, byte[] Jpeg);
