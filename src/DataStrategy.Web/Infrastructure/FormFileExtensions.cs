namespace DataStrategy.Web.Infrastructure;

public static class FormFileExtensions
{
    /// <summary>The upload's bytes. Callers check <see cref="IFormFile.Length"/> against their limit first.</summary>
    public static async Task<byte[]> ReadAllBytesAsync(this IFormFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var ms = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await file.CopyToAsync(ms);
        return ms.ToArray();
    }
}
