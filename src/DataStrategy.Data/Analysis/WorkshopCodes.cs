using System.Security.Cryptography;

namespace DataStrategy.Data.Analysis;

/// <summary>Workshop join codes: six characters people can read off a screen and type on a phone.</summary>
public static class WorkshopCodes
{
    /// <summary>No look-alike characters (0/O, 1/I/L).</summary>
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => string.Create(6, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
    });
}
