using DataStrategy.Data.Analysis;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Sends a generated DOCX as it is or, through LibreOffice, as PDF (the maturity report and the strategy document);
/// a PDF is made once per version of its content (<see cref="PdfRenderCache"/>). When no PDF can be made, says why in
/// the reader's language so that the page can offer the DOCX instead.
/// </summary>
public static class DocumentDownload
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static async Task<(FileContentResult? File, string? Error)> SendAsync(
        PdfRenderCache cache, PdfJob job, string name, string format, IStringLocalizer l, ILogger logger, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(l);
        if (format == "docx")
        {
            return (new FileContentResult(job.Docx(), DocxType) { FileDownloadName = name + ".docx" }, null);
        }

        if (!PdfConverter.IsAvailable())
        {
            return (null, l["PDF needs LibreOffice on the server, which is not installed. Download the DOCX instead."]);
        }

        try
        {
            return (new FileContentResult(await cache.GetAsync(job, ct), "application/pdf") { FileDownloadName = name + ".pdf" }, null);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            logger.LogError(e, "PDF conversion failed");
            return (null, l["The PDF could not be made. Download the DOCX instead."]);
        }
    }
}
