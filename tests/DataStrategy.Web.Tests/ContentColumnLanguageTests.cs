using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Xunit.Abstractions;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Every text a person writes for others to read is either multilingual (one text per language) or kept in the
/// language it was written in, with that language recorded. Each remaining single-language text column of an
/// organisation is on a reviewed list saying why it is not content (a code, a person's name, a file name…);
/// a new column in neither place fails, so the count of single-language content fields stays at zero.
/// </summary>
public sealed class ContentColumnLanguageTests(ITestOutputHelper output)
{
    /// <summary>Free texts kept in their writer's language: the text column and the column recording its language.</summary>
    private static readonly Dictionary<(Type Entity, string Text), string> RecordedLanguage = new()
    {
        [(typeof(EvidenceNote), "Text")] = "Language",
        [(typeof(Answer), "Evidence")] = "EvidenceLanguage",
        [(typeof(WorkshopComment), "Text")] = "Language",
        [(typeof(CheckIn), "Note")] = "NoteLanguage",
        [(typeof(KpiMeasurement), "Note")] = "NoteLanguage",
        [(typeof(StrategyComment), "Text")] = "Language",
        [(typeof(StrategyApproval), "Comment")] = "CommentLanguage",
        [(typeof(StrategyVersion), "Summary")] = "SummaryLanguage",
        [(typeof(EventFeedback), "Comment")] = "CommentLanguage",
        [(typeof(Stakeholder), "JobTitle")] = "Language",
        [(typeof(Stakeholder), "Notes")] = "NotesLanguage",
    };

    /// <summary>Text columns that are not content in a language, and why.</summary>
    private static readonly Dictionary<(Type Entity, string Column), string> NotContent = new()
    {
        [(typeof(Answer), "QuestionId")] = "a framework question ID",
        [(typeof(AnswerImportBatch), "FileName")] = "the name of an uploaded file",
        [(typeof(AnswerImportBatch), "FileSha256")] = "a hash",
        [(typeof(AnswerImportBatch), "RespondentKeys")] = "JSON list of respondent keys",
        [(typeof(AnswerImportBatch), "UndoneByName")] = "a person's name",
        [(typeof(AnswerImportBatch), "UserId")] = "an account ID",
        [(typeof(AnswerImportBatch), "UserName")] = "a person's name",
        [(typeof(ApiToken), "Name")] = "the owner's own label for a credential, seen by nobody else",
        [(typeof(ApiToken), "Prefix")] = "part of a credential",
        [(typeof(ApiToken), "TokenHash")] = "a hash",
        [(typeof(ApiToken), "UserId")] = "an account ID",
        [(typeof(AuditEntry), "Changes")] = "JSON of recorded values; a multilingual value keeps its languages (the audit page marks each)",
        [(typeof(AuditEntry), "EntityId")] = "an ID",
        [(typeof(AuditEntry), "EntityType")] = "a type name, shown through a translated label",
        [(typeof(AuditEntry), "UserId")] = "an account ID",
        [(typeof(AuditEntry), "UserName")] = "a person's name",
        [(typeof(Campaign), "AnswerMapping")] = "JSON of import column rules",
        [(typeof(Campaign), "TargetLevels")] = "JSON of numbers per theme",
        [(typeof(CampaignResponse), "ExternalKey")] = "a survey tool's respondent key",
        [(typeof(CampaignResponse), "InterviewerId")] = "an account ID",
        [(typeof(CampaignResponse), "LastThemeId")] = "a framework theme ID",
        [(typeof(CampaignResponse), "RespondentName")] = "a person's name",
        [(typeof(CampaignResponse), "Token")] = "a secret",
        [(typeof(CaseStudy), "Contacts")] = "names and addresses of people",
        [(typeof(CaseStudy), "Slug")] = "an address segment",
        [(typeof(CaseStudyImageRendition), "Size")] = "a size code",
        [(typeof(RenderedPdf), "Key")] = "a content hash",
        [(typeof(RenderedPdf), "Subject")] = "a document's path-like identifier (maturity/{campaign}/fr)",
        [(typeof(RespondentMessage), "Language")] = "the language code an invitation or reminder was written in",
        [(typeof(CheckIn), "RecordedBy")] = "a person's name",
        [(typeof(Department), "Code")] = "a short stable code (URB)",
        [(typeof(EventAgendaItem), "Presenter")] = "a person's name",
        [(typeof(EventAttendee), "Affiliation")] = "the name of the attendee's organisation, as registered",
        [(typeof(EventAttendee), "Name")] = "a person's name",
        [(typeof(EvidenceNote), "QuestionId")] = "a framework question ID",
        [(typeof(EvidenceNote), "ThemeId")] = "a framework theme ID",
        [(typeof(Finding), "SuggestionKey")] = "a key of the suggestion a finding came from",
        [(typeof(Framework), "Content")] = "JSON definition whose every text is multilingual (checked by the framework import)",
        [(typeof(Framework), "Key")] = "a stable identifier",
        [(typeof(Framework), "RollUpRule")] = "a rule code",
        [(typeof(Framework), "VersionLabel")] = "a version number",
        [(typeof(Initiative), "Code")] = "a short stable code (I-03)",
        [(typeof(Invitation), "Email")] = "an address",
        [(typeof(Invitation), "InvitedByUserId")] = "an account ID",
        [(typeof(Invitation), "TokenHash")] = "a hash",
        [(typeof(KpiMeasurement), "RecordedBy")] = "a person's name",
        [(typeof(Membership), "UserId")] = "an account ID",
        [(typeof(Organisation), "AccentColour")] = "a colour code",
        [(typeof(Organisation), "CatalogueContactEmail")] = "an e-mail address",
        [(typeof(Organisation), "Homepage")] = "a web address",
        [(typeof(Dataset), "AccessRight")] = "an EU vocabulary code, shown through its labels",
        [(typeof(Dataset), "Frequency")] = "an EU vocabulary code, shown through its labels",
        [(typeof(Dataset), "HighValueCategory")] = "an EU vocabulary code, shown through its labels",
        [(typeof(Dataset), "Licence")] = "an EU vocabulary code, shown through its labels",
        [(typeof(Dataset), "SearchText")] = "a folded search index of the multilingual texts",
        [(typeof(Dataset), "Slug")] = "an address segment and identifier",
        [(typeof(Dataset), "SourceSystem")] = "a product name (SAP, ArcGIS)",
        [(typeof(Dataset), "Spatial")] = "a place name or a GeoNames/NUTS address",
        [(typeof(ProcessingRecord), "Controller")] = "the register of processing: one legal record, kept by the DPO in the language it is filed in, exported to the DPA's fr or nl model",
        [(typeof(ProcessingRecord), "DataSubjects")] = "the register of processing (see Controller)",
        [(typeof(ProcessingRecord), "PersonalDataCategories")] = "the register of processing (see Controller)",
        [(typeof(ProcessingRecord), "ProtectionOfficer")] = "the register of processing (see Controller)",
        [(typeof(ProcessingRecord), "Purposes")] = "the register of processing (see Controller)",
        [(typeof(ProcessingRecord), "Recipients")] = "the register of processing (see Controller)",
        [(typeof(ProcessingRecord), "Retention")] = "the register of processing (see Controller)",
        [(typeof(ProcessingRecord), "SecurityMeasures")] = "the register of processing (see Controller)",
        [(typeof(ProcessingRecord), "TransfersOutsideEu")] = "the register of processing (see Controller)",
        [(typeof(Organisation), "Slug")] = "an address segment",
        [(typeof(OrganisationLogo), "ContentType")] = "a media type",
        [(typeof(PeerScore), "FrameworkKey")] = "a stable identifier",
        [(typeof(PeerScore), "ThemeId")] = "a framework theme ID",
        [(typeof(PendingImport), "FileName")] = "the name of an uploaded file",
        [(typeof(PendingImport), "Kind")] = "an import kind code",
        [(typeof(PendingImport), "UserId")] = "an account ID",
        [(typeof(RoadmapBaseline), "CreatedBy")] = "a person's name",
        [(typeof(RoadmapBaseline), "Plan")] = "JSON of dates per initiative",
        [(typeof(ScheduleProposal), "CreatedBy")] = "a person's name",
        [(typeof(ScheduleProposal), "InputHash")] = "a hash",
        [(typeof(ScheduleProposal), "Result")] = "JSON of dates per initiative",
        [(typeof(ScheduleProposal), "Status")] = "a status code",
        [(typeof(ShowAndTellEvent), "FeedbackCode")] = "a code typed by attendees",
        [(typeof(Stakeholder), "Email")] = "an address",
        [(typeof(Stakeholder), "Name")] = "a person's name",
        [(typeof(StrategyApproval), "UserId")] = "an account ID",
        [(typeof(StrategyApproval), "UserName")] = "a person's name",
        [(typeof(StrategyComment), "AuthorId")] = "an account ID",
        [(typeof(StrategyComment), "AuthorName")] = "a person's name",
        [(typeof(StrategyComment), "ResolvedByName")] = "a person's name",
        [(typeof(StrategyItemRevision), "Data")] = "JSON snapshot of an item whose texts are multilingual",
        [(typeof(StrategyItemRevision), "UserName")] = "a person's name",
        [(typeof(StrategyVersion), "PublishedByName")] = "a person's name",
        [(typeof(StrategyVersion), "Snapshot")] = "JSON snapshot of the strategy whose texts are multilingual",
        [(typeof(StrategyVersion), "SubmittedById")] = "an account ID",
        [(typeof(StrategyVersion), "SubmittedByName")] = "a person's name",
        [(typeof(SurveyLink), "Token")] = "a secret",
        [(typeof(ThemePriority), "ThemeId")] = "a framework theme ID",
        [(typeof(Workshop), "Code")] = "a code typed by participants",
        [(typeof(WorkshopParticipant), "DeviceHash")] = "a hash",
        [(typeof(WorkshopVote), "ThemeId")] = "a framework theme ID",
    };

    /// <summary>Single-language content not yet converted: counted and printed, so the figure is honest; the list only shrinks.</summary>
    private static readonly Dictionary<(Type Entity, string Column), string> KnownGaps = new()
    {
    };

    [Fact]
    public void EveryTextColumnOfAnOrganisation_IsMultilingual_RecordsItsLanguage_OrIsReviewedAsNotContent()
    {
        var unreviewed = new List<string>();
        var gaps = new List<string>();
        var counts = (Multilingual: 0, Recorded: 0, NotContent: 0);
        foreach (var type in Model().GetEntityTypes().Where(BelongsToAnOrganisation))
        {
            foreach (var property in type.GetProperties().Where(p => p.PropertyInfo is not null))
            {
                var key = (type.ClrType, property.Name);
                if (property.ClrType == typeof(Core.Text.LocalizedText))
                {
                    counts.Multilingual++;
                }
                else if (property.ClrType != typeof(string))
                {
                    continue;
                }
                else if (RecordedLanguage.TryGetValue(key, out var languageColumn))
                {
                    Assert.True(type.FindProperty(languageColumn) is { } p && p.ClrType == typeof(string), $"{type.ClrType.Name}.{property.Name}: no column {languageColumn}");
                    counts.Recorded++;
                }
                else if (NotContent.ContainsKey(key))
                {
                    counts.NotContent++;
                }
                else if (KnownGaps.ContainsKey(key))
                {
                    gaps.Add($"{type.ClrType.Name}.{property.Name}");
                }
                else if (!IsLanguageColumn(type, property.Name))
                {
                    unreviewed.Add($"{type.ClrType.Name}.{property.Name}");
                }
            }
        }

        output.WriteLine($"multilingual: {counts.Multilingual}, kept in a recorded language: {counts.Recorded}, not content: {counts.NotContent}, single-language content: {unreviewed.Count + gaps.Count} ({string.Join(", ", gaps)})");
        Assert.True(unreviewed.Count == 0, "Single-language text columns: " + string.Join(", ", unreviewed));
    }

    [Fact]
    public void ReviewedLists_NameExistingColumns()
    {
        var model = Model();
        foreach (var (entity, column) in RecordedLanguage.Keys.Concat(NotContent.Keys).Concat(KnownGaps.Keys))
        {
            Assert.True(model.FindEntityType(entity)?.FindProperty(column) is not null, $"{entity.Name}.{column} does not exist");
        }
    }

    private static bool IsLanguageColumn(IEntityType type, string name) =>
        RecordedLanguage.Any(kv => kv.Key.Entity == type.ClrType && kv.Value == name)
        || name is "DefaultLanguage" or "PreferredLanguage";

    private static bool BelongsToAnOrganisation(IEntityType type) =>
        typeof(ITenantOwned).IsAssignableFrom(type.ClrType) || type.ClrType == typeof(Organisation)
        || type.GetForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(Organisation));

    private static IModel Model()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(TestDatabase.IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, TestDatabase.IsPostgres ? "Host=unused" : "Data Source=:memory:", Path.GetTempPath()).Configure(options);
        using var db = new AppDbContext(options.Options).Lease(new TenantContext(), new SystemActor());
        return db.Model;
    }
}
