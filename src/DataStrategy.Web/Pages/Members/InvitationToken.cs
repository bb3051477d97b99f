using System.Security.Cryptography;

namespace DataStrategy.Web.Pages.Members;

public static class InvitationToken
{
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
