using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DataStrategy.Browser.Tests;

/// <summary>
/// An answer file imported twice, in French on a phone: the second time the page says what is already there, writes
/// nothing until the person chooses, and the first import is undone from the list (issue 17). axe on every step.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class AnswerImportJourneyTests(AppHost host)
{
    private const string Csv = "Respondent;Service;lead-01;lead-02;gov-01\nK-1;URB;2;3;4\nK-2;IT;1;2;3\nK-3;URB;3;3;3\n";

    [GeneratedRegex("/campaigns/[0-9a-f-]{36}$")]
    private static partial Regex CampaignUrl();

    private static async Task UploadAndPreviewAsync(IPage page)
    {
        await page.GetByLabel("Fichier (CSV ou XLSX, 25 Mo maximum)").SetInputFilesAsync(new FilePayload { Name = "enquete.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le fichier et associer les colonnes" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("mapping-form")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aperçu" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-ready")).ToContainTextAsync("3 répondants");
    }

    [Fact]
    public async Task SameFileTwice_InFrenchOnAPhone_IsRecognised_SkipWritesNothing_ThenTheImportIsUndone()
    {
        var page = await host.SignInAsync("lead@ville-de-demo.example");
        await page.GotoAsync("/o/ville-de-demo/campaigns/edit");
        var name = "Import " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Name in French", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Name in Dutch", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Status").SelectOptionAsync("Collecting");
        await page.Locator("main button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(CampaignUrl());
        var importUrl = page.Url + "/import";
        var french = page.Locator(".language-switch button[value=fr]");
        await french.ClickAsync();
        await Assertions.Expect(french).ToHaveAttributeAsync("aria-pressed", "true");
        await page.SetViewportSizeAsync(390, 844);
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await page.GotoAsync(importUrl);
        await UploadAndPreviewAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("9 réponses de 3 répondants ont été importées.");
        await Assertions.Expect(page.GetByTestId("import-batches").Locator("tbody tr")).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync("answer-import-list");

        // The same file again: recognised before anything is written.
        await UploadAndPreviewAsync(page);
        var found = page.GetByTestId("import-existing");
        await Assertions.Expect(found).ToContainTextAsync("Ce fichier a déjà été importé le ");
        await Assertions.Expect(found).ToContainTextAsync("3 répondants de ce fichier sont déjà présents.");
        await page.AssertAccessibleAsync("answer-import-existing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Choisissez d'ignorer les répondants déjà présents ou de remplacer leurs réponses.");
        await page.AssertAccessibleAsync("answer-import-choose");
        await page.GetByLabel("Les ignorer\u00A0: ils gardent leurs réponses, les autres répondants sont importés").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("Tous les répondants de ce fichier sont déjà dans la campagne\u00A0: rien n'a été importé.");
        await Assertions.Expect(page.GetByTestId("import-batches").Locator("tbody tr")).ToHaveCountAsync(1);

        // Undo, after the browser's confirmation.
        await page.GetByTestId("import-batches").GetByRole(AriaRole.Button, new() { Name = "Annuler l'import enquete.csv" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("L'import de enquete.csv a été annulé\u00A0: 3 répondants et leurs réponses ont été supprimés.");
        await Assertions.Expect(page.GetByTestId("import-batches")).ToContainTextAsync("Annulé le ");
        await page.AssertAccessibleAsync("answer-import-undone");
    }
}
