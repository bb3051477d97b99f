using System.CommandLine;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Cli;

public static partial class Commands
{
    public static void AddToken(RootCommand root)
    {
        var command = new Command("token", "Personal access tokens for the API (members make their own on the API access page).");
        var create = new Command("create", "Make a token for a member of an organisation and print it (shown once; only its hash is stored).");
        var organisation = new Option<string>("--organisation") { Description = "The organisation's slug, e.g. ville-de-demo.", Required = true };
        var email = new Option<string>("--email") { Description = "The member's e-mail address.", Required = true };
        var name = new Option<string>("--name") { Description = "What will use it, e.g. \"Power BI\".", Required = true };
        var scope = new Option<string>("--scope") { Description = "read, or write (check-ins and KPI measurements; not for viewers).", DefaultValueFactory = _ => "read" };
        var days = new Option<int>("--days") { Description = "How long it works: 1 to 365 days.", DefaultValueFactory = _ => 90 };
        create.Options.Add(organisation);
        create.Options.Add(email);
        create.Options.Add(name);
        create.Options.Add(scope);
        create.Options.Add(days);
        create.SetAction(async (parse, ct) => await WithDatabaseAsync(async (services, db) =>
        {
            var slug = parse.GetValue(organisation)!;
            var address = parse.GetValue(email)!.Trim().ToUpperInvariant();
            var label = parse.GetValue(name)!.Trim();
            var lifetime = parse.GetValue(days);
            ApiScope? wanted = parse.GetValue(scope)?.ToLowerInvariant() switch { "read" => ApiScope.Read, "write" => ApiScope.Write, _ => null };
            var member = await db.Memberships.IgnoreQueryFilters()
                .Where(m => m.Organisation!.Slug == slug && m.User!.NormalizedEmail == address)
                .Select(m => new { m.OrganisationId, m.UserId, m.Role })
                .SingleOrDefaultAsync(ct);
            string? problem = member is null ? L["{0} is not a member of \"{1}\".", parse.GetValue(email) ?? "", slug].Value
                : wanted is null ? L["--scope must be read or write."].Value
                : wanted == ApiScope.Write && member.Role == MemberRole.Viewer ? L["Viewers cannot record check-ins or measurements: a write token would do nothing more than a read one."].Value
                : label.Length is 0 or > 100 ? L["--name must be 1 to 100 characters."].Value
                : lifetime is < 1 or > 365 ? L["--days must be between 1 and 365."].Value
                : null;
            if (problem is not null)
            {
                await Console.Error.WriteLineAsync(problem);
                return 1;
            }

            var secret = ApiToken.NewSecret();
            var now = DateTimeOffset.UtcNow;
            ((TenantContext)services.GetService(typeof(TenantContext))!).SetOrganisation(member!.OrganisationId);
            db.ApiTokens.Add(new ApiToken
            {
                OrganisationId = member.OrganisationId,
                UserId = member.UserId,
                Name = label,
                Scope = wanted!.Value,
                Prefix = secret[..ApiToken.PrefixLength],
                TokenHash = ApiToken.HashOf(secret),
                CreatedAt = now,
                ExpiresAt = now.AddDays(lifetime),
            });
            await db.SaveChangesAsync(ct);
            Console.WriteLine(secret);
            return 0;
        }));
        command.Subcommands.Add(create);
        root.Subcommands.Add(command);
    }
}
