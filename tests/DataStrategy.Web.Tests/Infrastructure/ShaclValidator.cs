using System.Diagnostics;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>
/// Runs tests/shacl/validate.mjs (Node, rdf-validate-shacl with n3 and jsonld, installed by <c>npm ci</c> from its
/// lock file; scripts/test.sh does it before the tiers). A missing node or missing packages fail the test: nothing is
/// skipped silently, with or without CI=true.
/// </summary>
public static class ShaclValidator
{
    public static string Folder { get; } = FindFolder();

    /// <summary>Validates the files; returns node's exit code (0 conforms, 1 violations, 2 unreadable) and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules", "rdf-validate-shacl")),
            $"The SHACL validator's packages are not installed: run `npm ci` in {Folder} (scripts/test.sh does). CI={Environment.GetEnvironmentVariable("CI")}");
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("validate.mjs");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"node is not installed ({e.Message}); the catalogue's SHACL validation needs it. CI={Environment.GetEnvironmentVariable("CI")}");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await stdout + await stderr);
        }
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "shacl");
            if (File.Exists(Path.Combine(candidate, "validate.mjs")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/shacl/validate.mjs not found above " + AppContext.BaseDirectory);
    }
}
