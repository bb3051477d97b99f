using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Data.Accounts;

/// <summary>Identity's errors in the reader's language, from the web app's translation table: the pages' and dss's.</summary>
public class LocalizedIdentityErrors(IStringLocalizer l) : IdentityErrorDescriber
{
    private static IdentityError E(string code, string message) => new() { Code = code, Description = message };

    public override IdentityError DefaultError() => E(nameof(DefaultError), l["Something went wrong. Please try again."]);

    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), l["The e-mail address {0} already has an account.", email]);

    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), l["The e-mail address {0} already has an account.", userName]);

    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), l["Enter a valid e-mail address."]);

    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), l["Enter a valid e-mail address."]);

    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), l["The password is not correct."]);

    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), l["The password must be at least {0} characters long.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), l["The password must use at least {0} different characters.", uniqueChars]);

    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), l["Someone else changed this record while you were editing it."]);

    public override IdentityError InvalidToken() => E(nameof(InvalidToken), l["This link is not valid or has expired."]);
}
