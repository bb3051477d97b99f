using System.Collections.Concurrent;

namespace DataStrategy.Data.Analysis;

/// <summary>
/// Converts a DOCX to PDF with LibreOffice (headless), so the PDF is the same document as the DOCX. The PDF is tagged
/// (a structure tree of headings, lists and tables for screen readers, PDF/UA) with bookmarks from the headings.
/// LibreOffice profiles are kept between conversions (a new profile costs seconds at every start), one per conversion
/// running at the same time: concurrent conversions must not share LibreOffice's lock.
/// </summary>
public static class PdfConverter
{
    /// <summary>The export filter and its options (LibreOffice 7.4+ reads them as JSON).</summary>
    public const string ExportFilter = "pdf:writer_pdf_Export:{"
        + "\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"},"
        + "\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"true\"},"
        + "\"ExportBookmarks\":{\"type\":\"boolean\",\"value\":\"true\"},"
        + "\"ExportFormFields\":{\"type\":\"boolean\",\"value\":\"false\"},"
        + "\"ExportNotes\":{\"type\":\"boolean\",\"value\":\"false\"},"
        + "\"UseReferenceXObject\":{\"type\":\"boolean\",\"value\":\"false\"}}";

    /// <summary>How long one conversion may take before it is stopped.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly int MaxParallel = Math.Clamp(Environment.ProcessorCount, 1, 2);
    private static readonly SemaphoreSlim Slots = new(MaxParallel, MaxParallel);
    private static readonly ConcurrentBag<string> FreeProfiles = [];
    private static readonly string ProfileRoot = Path.Combine(Path.GetTempPath(), "dss-soffice-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    private static int profiles;

    static PdfConverter() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(ProfileRoot);

    /// <summary>The LibreOffice program: DSS_SOFFICE, or soffice on the PATH.</summary>
    public static string Program => Environment.GetEnvironmentVariable("DSS_SOFFICE") is { Length: > 0 } path ? path : "soffice";

    /// <summary>A tagged PDF of the document, with a kept profile.</summary>
    public static Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken = default) =>
        ConvertAsync(docx, freshProfile: false, ExportFilter, cancellationToken);

    /// <param name="docx">The document.</param>
    /// <param name="freshProfile">Start LibreOffice with a new profile, as every conversion did before profiles were kept (for benchmarks).</param>
    /// <param name="filter">The export filter; <see cref="ExportFilter"/> (tagged) unless a benchmark asks for the earlier plain "pdf".</param>
    /// <param name="cancellationToken">Stops the conversion.</param>
    public static async Task<byte[]> ConvertAsync(byte[] docx, bool freshProfile, string filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docx);
        await Slots.WaitAsync(cancellationToken);
        var folder = Directory.CreateTempSubdirectory("dss-pdf-");
        var profile = freshProfile ? Path.Combine(folder.FullName, "profile") : FreeProfiles.TryTake(out var kept) ? kept : NewProfile();
        var healthy = false;
        try
        {
            var input = Path.Combine(folder.FullName, "report.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var start = new System.Diagnostics.ProcessStartInfo(Program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("-env:UserInstallation=" + new Uri(profile).AbsoluteUri);
            foreach (var argument in new[] { "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--convert-to", filter, "--outdir", folder.FullName, input })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("LibreOffice did not start.");
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                throw new TimeoutException("LibreOffice took more than two minutes to convert the document.");
            }

            var output = Path.Combine(folder.FullName, "report.pdf");
            if (!File.Exists(output))
            {
                throw new InvalidOperationException("LibreOffice did not produce a PDF: " + await errors);
            }

            healthy = true;
            return await File.ReadAllBytesAsync(output, cancellationToken);
        }
        finally
        {
            if (!freshProfile)
            {
                if (healthy)
                {
                    FreeProfiles.Add(profile);
                }
                else
                {
                    // A profile of a failed or stopped conversion may be damaged: the next conversion makes a new one.
                    DeleteQuietly(profile);
                }
            }

            Slots.Release();
            DeleteQuietly(folder.FullName);
        }
    }

    public static bool IsAvailable()
    {
        if (Path.IsPathRooted(Program))
        {
            return File.Exists(Program);
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, Program)));
    }

    private static string NewProfile() =>
        Path.Combine(ProfileRoot, "profile-" + Interlocked.Increment(ref profiles).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static void DeleteQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
