using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DataStrategy.Data.Analysis;

/// <summary>
/// The key of one version of a document: SHA-256 (hex) of its subject, the program that lays it out and its model as
/// JSON. The same figures and texts give the same key on every instance; any change to them, or a new build, a new key.
/// </summary>
public static class DocumentKey
{
    private static readonly string Renderer = typeof(Core.Documents.MaturityReportDocx).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Of(string subject, object model)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(model);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(subject + "\n" + Renderer + "\n"));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(model, model.GetType()));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
