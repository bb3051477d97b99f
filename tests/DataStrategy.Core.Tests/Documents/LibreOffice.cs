using System.Diagnostics;
using System.Text;

namespace DataStrategy.Core.Tests.Documents;

/// <summary>
/// Converts a DOCX to PDF with LibreOffice, as a reader's office suite would open it. Never passes silently: without
/// LibreOffice (soffice on the PATH, or DSS_SOFFICE) the test fails, on CI and locally.
/// </summary>
internal static class LibreOffice
{
    /// <summary>Writes <paramref name="docx"/> as <paramref name="name"/>.docx, converts it, checks the PDF and returns its size.</summary>
    public static async Task<int> AssertConvertsToPdfAsync(byte[] docx, string name)
    {
        var soffice = (Environment.GetEnvironmentVariable("DSS_SOFFICE") is { Length: > 0 } configured ? configured : null)
            ?? FindOnPath("soffice")
            ?? throw new InvalidOperationException("LibreOffice (soffice, or DSS_SOFFICE) is required: apt-get install libreoffice-writer");
        var directory = Directory.CreateTempSubdirectory("docx-" + name + "-");
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var docxPath = Path.Combine(directory.FullName, name + ".docx");
            await File.WriteAllBytesAsync(docxPath, docx);
            var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--convert-to", "pdf", "--outdir", directory.FullName, docxPath })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120)))
            {
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    Assert.Fail($"LibreOffice did not convert {name} within 120 s.");
                }
            }

            var pdf = Path.Combine(directory.FullName, name + ".pdf");
            Assert.True(File.Exists(pdf), $"No PDF (exit {process.ExitCode}): {await output} {await error}");
            var bytes = await File.ReadAllBytesAsync(pdf);
            Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));

            // Keep the files for a visual check when asked to.
            if (Environment.GetEnvironmentVariable("REPORT_OUTPUT_DIR") is { Length: > 0 } keep)
            {
                Directory.CreateDirectory(keep);
                File.Copy(docxPath, Path.Combine(keep, name + ".docx"), overwrite: true);
                File.Copy(pdf, Path.Combine(keep, name + ".pdf"), overwrite: true);
            }

            return bytes.Length;
        }
        finally
        {
            directory.Delete(recursive: true);
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
