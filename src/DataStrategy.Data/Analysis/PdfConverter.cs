namespace DataStrategy.Data.Analysis;

/// <summary>Converts a DOCX to PDF with LibreOffice (headless), so the PDF is the same document as the DOCX.</summary>
public static class PdfConverter
{
    /// <summary>The LibreOffice program: DSS_SOFFICE, or soffice on the PATH.</summary>
    public static string Program => Environment.GetEnvironmentVariable("DSS_SOFFICE") is { Length: > 0 } path ? path : "soffice";

    public static async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var folder = Directory.CreateTempSubdirectory("dss-pdf-");
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
            // A profile per conversion: concurrent conversions must not share LibreOffice's lock.
            start.ArgumentList.Add("-env:UserInstallation=file://" + Path.Combine(folder.FullName, "profile"));
            foreach (var argument in new[] { "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.FullName, input })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("LibreOffice did not start.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("LibreOffice took more than two minutes to convert the report.");
            }

            var output = Path.Combine(folder.FullName, "report.pdf");
            return File.Exists(output)
                ? await File.ReadAllBytesAsync(output, cancellationToken)
                : throw new InvalidOperationException("LibreOffice did not produce a PDF: " + await process.StandardError.ReadToEndAsync(cancellationToken));
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
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
}
