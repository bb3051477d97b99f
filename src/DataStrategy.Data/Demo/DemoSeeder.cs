using DataStrategy.Core;
using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Demo;

/// <summary>
/// Seeds the demo organisation "Ville de Démo / Stad Demo" — how people first meet the product.
/// Once: when the organisation exists, nothing is added, so a stakeholder someone erased, a member someone removed
/// or anything else deleted from the demo stays gone at the next start. The whole demo is written in one
/// transaction, so it either exists complete or not at all.
/// </summary>
public static class DemoSeeder
{
    public const string Slug = "ville-de-demo";
    public const string Password = "Demo-Studio-2026!";
    public const string LeadEmail = "lead@ville-de-demo.example";
    public const string FacilitatorEmail = "facilitator@ville-de-demo.example";
    public const string ContributorEmail = "contributor@ville-de-demo.example";
    public const string ViewerEmail = "viewer@ville-de-demo.example";

    /// <summary>
    /// The member designated data protection officer: the contributor keeps the record of processing for the City's DPO
    /// (the stakeholder Hanne Jacobs, who is not a member), so the lead, the facilitator and the viewer do not see it.
    /// </summary>
    public const string DataProtectionOfficerEmail = ContributorEmail;

    public static IReadOnlyList<(string Email, string Name, MemberRole Role)> DemoUsers { get; } =
    [
        (LeadEmail, "Claire Vandenbroucke", MemberRole.Administrator),
        (FacilitatorEmail, "Thomas Peeters", MemberRole.Facilitator),
        (ContributorEmail, "Nadia El Idrissi", MemberRole.Contributor),
        (ViewerEmail, "Marc Dubois", MemberRole.Viewer),
    ];

    /// <summary>
    /// The outside facilitators of the consultancy that ran the interviews with the city's own team: facilitators of
    /// the demo organisation, kept apart from <see cref="DemoUsers"/> (one account per role) because they are extra.
    /// </summary>
    public static IReadOnlyList<(string Email, string Name, MemberRole Role)> ExternalFacilitators { get; } =
    [
        (DemoAssessment.ExternalFrenchInterviewerEmail, "Inès Moreau", MemberRole.Facilitator),
        (DemoAssessment.ExternalDutchInterviewerEmail, "Joris Claessens", MemberRole.Facilitator),
    ];

    private static readonly (string Code, DepartmentKind Kind, string Fr, string Nl, string En)[] DepartmentData =
    [
        ("URB", DepartmentKind.Business, "Urbanisme", "Stedenbouw", "Urban planning"),
        ("POP", DepartmentKind.Business, "Population et état civil", "Bevolking en burgerlijke stand", "Population and civil registry"),
        ("CUL", DepartmentKind.Business, "Culture", "Cultuur", "Culture"),
        ("SPO", DepartmentKind.Business, "Sports", "Sport", "Sports"),
        ("MOB", DepartmentKind.Business, "Mobilité et espace public", "Mobiliteit en openbare ruimte", "Mobility and public space"),
        ("SOC", DepartmentKind.Business, "Action sociale", "Sociale dienst", "Social services"),
        ("ORG", DepartmentKind.CrossFunctional, "Organisation et ressources humaines", "Organisatie en personeel", "Organisation and human resources"),
        ("FIN", DepartmentKind.CrossFunctional, "Finances", "Financiën", "Finance"),
        ("JUR", DepartmentKind.CrossFunctional, "Affaires juridiques", "Juridische zaken", "Legal affairs"),
        ("SCU", DepartmentKind.CrossFunctional, "Cellule Smart City", "Smart City-cel", "Smart city unit"),
        ("IT", DepartmentKind.It, "Informatique", "Informatica", "IT"),
        ("SEC", DepartmentKind.Leadership, "Secrétariat communal", "Gemeentesecretariaat", "Town clerk's office"),
    ];

    // The facilitators' notes written in Dutch; the others are in French.
    private static readonly HashSet<string> DutchNotes = new(StringComparer.OrdinalIgnoreCase)
    {
        "pieter.janssens@ville-de-demo.example", "koen.desmet@ville-de-demo.example", "marc.vandenbossche@ville-de-demo.example",
    };

    private static readonly (string Name, string Title, string Dept, string Email, string? Notes)[] StakeholderData =
    [
        ("Sophie Lambert", "Directrice de l'urbanisme", "URB", "sophie.lambert@ville-de-demo.example", "Porte le projet de plan d'aménagement directeur ; intéressée par les données cadastrales."),
        ("Pieter Janssens", "Diensthoofd vergunningen", "URB", "pieter.janssens@ville-de-demo.example", "Wil doorlooptijden van bouwvergunningen beter opvolgen."),
        ("Isabelle Martin", "Responsable état civil", "POP", "isabelle.martin@ville-de-demo.example", null),
        ("Koen De Smet", "Coördinator bevolkingsregister", "POP", "koen.desmet@ville-de-demo.example", "Kent de koppelingen met het Rijksregister goed."),
        ("Amélie Rousseau", "Cheffe de service culture", "CUL", "amelie.rousseau@ville-de-demo.example", "Billetterie et fréquentation des musées : données dispersées."),
        ("Jan Verstraeten", "Programmator cultuurcentra", "CUL", "jan.verstraeten@ville-de-demo.example", null),
        ("Youssef Benali", "Responsable des infrastructures sportives", "SPO", "youssef.benali@ville-de-demo.example", "Souhaite un tableau de bord d'occupation des salles."),
        ("Lotte Wouters", "Sportfunctionaris", "SPO", "lotte.wouters@ville-de-demo.example", null),
        ("Julien Mertens", "Directeur mobilité", "MOB", "julien.mertens@ville-de-demo.example", "Capteurs de comptage vélo ; partenariat avec la Région."),
        ("Els Claes", "Verantwoordelijke openbare ruimte", "MOB", "els.claes@ville-de-demo.example", null),
        ("Fatima Ouali", "Coordinatrice de l'action sociale", "SOC", "fatima.ouali@ville-de-demo.example", "Données sensibles : attention particulière à la protection des données."),
        ("Bart Goossens", "Maatschappelijk werker, teamleider", "SOC", "bart.goossens@ville-de-demo.example", null),
        ("Nathalie Leclercq", "Directrice des ressources humaines", "ORG", "nathalie.leclercq@ville-de-demo.example", "Sponsor du programme côté organisation."),
        ("Wim Van Damme", "Adviseur organisatieontwikkeling", "ORG", "wim.vandamme@ville-de-demo.example", null),
        ("Catherine Dupont", "Directrice financière", "FIN", "catherine.dupont@ville-de-demo.example", "Veut relier budget et indicateurs de performance."),
        ("Hanne Jacobs", "Juriste, functionaris voor gegevensbescherming", "JUR", "hanne.jacobs@ville-de-demo.example", "DPO : à associer à toute question de données personnelles."),
        ("Olivier Lemaire", "Chef de projet Smart City", "SCU", "olivier.lemaire@ville-de-demo.example", "Porteur de la plateforme open data."),
        ("Sarah Maes", "Data-analist", "SCU", "sarah.maes@ville-de-demo.example", null),
        ("Marc Van den Bossche", "IT-directeur", "IT", "marc.vandenbossche@ville-de-demo.example", "Migratie naar de cloud gepland in 2027."),
        ("Anne-Marie Collard", "Secrétaire communale", "SEC", "anne-marie.collard@ville-de-demo.example", "Préside le comité de direction."),
    ];

    /// <returns>True when anything was added.</returns>
    public static Task<bool> SeedAsync(AppDbContext db, TenantContext tenant, CancellationToken cancellationToken = default) =>
        SeedAsync(db, tenant, withStrategy: true, cancellationToken);

    /// <param name="withStrategy">False leaves the strategy phase empty (working sessions, city priorities, strategy) and the roadmap too, as for a programme that has just finished its analysis.</param>
    /// <returns>True when the demo organisation was created; false when it already existed.</returns>
    public static async Task<bool> SeedAsync(AppDbContext db, TenantContext tenant, bool withStrategy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tenant);
        if (await db.Organisations.AnyAsync(o => o.Slug == Slug, cancellationToken))
        {
            return false;
        }

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await CreateAsync(db, tenant, withStrategy, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return true;
    }

    private static async Task CreateAsync(AppDbContext db, TenantContext tenant, bool withStrategy, CancellationToken cancellationToken)
    {
        var organisation = new Organisation
        {
            Slug = Slug,
            Name = LocalizedText.Of(fr: "Ville de Démo", nl: "Stad Demo", en: "Demo City"),
            Languages = [Languages.French, Languages.Dutch, Languages.English],
            DefaultLanguage = Languages.French,
            CatalogueContactEmail = "opendata@ville-de-demo.example",
            Homepage = "https://www.ville-de-demo.example/",
        };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        tenant.SetOrganisation(organisation.Id);

        var departments = new Dictionary<string, Department>(StringComparer.Ordinal);
        foreach (var (code, kind, fr, nl, en) in DepartmentData)
        {
            var d = new Department { OrganisationId = organisation.Id, Code = code, Kind = kind, Name = LocalizedText.Of(fr, nl, en) };
            db.Departments.Add(d);
            departments[code] = d;
        }

        foreach (var (name, title, dept, email, notes) in StakeholderData)
        {
            db.Stakeholders.Add(new Stakeholder
            {
                OrganisationId = organisation.Id,
                Name = name,
                JobTitle = title,
                DepartmentId = departments[dept].Id,
                Email = email,
                Notes = notes,
                Language = DemoAssessment.IsDutchSpeaker(email) ? Core.Languages.Dutch : Core.Languages.French,
                NotesLanguage = notes is null ? null : DutchNotes.Contains(email) ? Core.Languages.Dutch : Core.Languages.French,
            });
        }

        var hasher = new PasswordHasher<ApplicationUser>();
        foreach (var (email, name, role) in DemoUsers.Concat(ExternalFacilitators))
        {
            // The accounts may outlive an earlier demo organisation that was deleted: they are reused as they are.
            var normalized = email.ToUpperInvariant();
            var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
            if (user is null)
            {
                user = new ApplicationUser
                {
                    UserName = email,
                    NormalizedUserName = normalized,
                    Email = email,
                    NormalizedEmail = normalized,
                    EmailConfirmed = true,
                    DisplayName = name,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    LockoutEnabled = true,
                    IsSystemAdministrator = role == MemberRole.Administrator,
                };
                user.PasswordHash = hasher.HashPassword(user, Password);
                db.Users.Add(user);
            }

            db.Memberships.Add(new Membership
            {
                OrganisationId = organisation.Id,
                UserId = user.Id,
                Role = role,
                DataProtectionOfficer = string.Equals(email, DataProtectionOfficerEmail, StringComparison.OrdinalIgnoreCase),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await DemoAssessment.SeedAsync(db, organisation, cancellationToken);
        await DemoFrameworks.SeedAsync(db, cancellationToken);
        await DemoAnalysis.SeedAsync(db, organisation, cancellationToken);
        if (withStrategy)
        {
            await DemoStrategy.SeedAsync(db, organisation, cancellationToken);

            // The roadmap's initiatives serve the strategy's objectives: seeded with it.
            await DemoRoadmap.SeedAsync(db, organisation, cancellationToken);

            // Case studies link to the strategy's objectives and the roadmap's initiatives.
            await DemoCaseStudies.SeedAsync(db, organisation, cancellationToken);

            // The register built by the roadmap's I-04, linked to initiatives, KPIs and case studies.
            await DemoInventory.SeedAsync(db, organisation, DateTimeOffset.UtcNow, cancellationToken);
        }
    }
}
