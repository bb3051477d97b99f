using System.Text;
using System.Text.Json.Nodes;
using DataStrategy.Core.Frameworks;

namespace DataStrategy.Core.Tests.Frameworks;

/// <summary>The real ODI file shared by the repositories, and small frameworks built to be broken one field at a time.</summary>
internal static class FrameworkTestData
{
    public const string OdiFileName = "odi-tool-DMAG2023.json";

    /// <summary>The directory holding DataStrategy.slnx, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DataStrategy.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DataStrategy.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The repository's copy of the shared reference file (tests/fixtures/README.md names its source).</summary>
    public static string OdiPath() =>
        Path.GetFullPath(Path.Combine(RepositoryRoot(), "tests", "fixtures", "frameworks", OdiFileName));

    /// <summary>
    /// The ODI Data Maturity Assessment for Government (2023). Never skipped: a missing file fails the
    /// test on a developer machine and on CI (CI=true) alike, so the import is always exercised.
    /// </summary>
    public static byte[] OdiBytes()
    {
        var path = OdiPath();
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(path), $"The ODI framework file is missing at {path} (CI={ci}). It must be present: these tests are never skipped.");
        return File.ReadAllBytes(path);
    }

    public static FrameworkDefinition Dmag()
    {
        var result = OdiFramework.Read(OdiBytes());
        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        return result.Framework!;
    }

    /// <summary>A valid framework in our format: 3 levels, 2 themes, 2 questions with 3 descriptors each.</summary>
    public static JsonObject Minimal() => JsonNode.Parse("""
        {
          "format": "dss-framework",
          "formatVersion": 1,
          "id": "tiny",
          "version": "1",
          "name": { "en": "Tiny", "fr": "Petit" },
          "levels": [
            { "value": 1, "name": { "en": "Low" } },
            { "value": 2, "name": { "en": "Mid" } },
            { "value": 3, "name": { "en": "High" } }
          ],
          "themes": [
            { "id": "th-a", "name": { "en": "Theme A" } },
            { "id": "th-b", "name": { "en": "Theme B" } }
          ],
          "questions": [
            {
              "id": "q1", "theme": "th-a", "text": { "en": "First?" },
              "descriptors": [
                { "level": 1, "text": { "en": "q1 low" } },
                { "level": 2, "text": { "en": "q1 mid" } },
                { "level": 3, "text": { "en": "q1 high" } }
              ]
            },
            {
              "id": "q2", "theme": "th-b", "text": { "en": "Second?" },
              "descriptors": [
                { "level": 1, "text": { "en": "q2 low" } },
                { "level": 2, "text": { "en": "q2 mid" } },
                { "level": 3, "text": { "en": "q2 high" } }
              ]
            }
          ]
        }
        """)!.AsObject();

    /// <summary>A valid ODI tool file: 3 levels, one dimension, one activity, one question.</summary>
    public static JsonObject MinimalOdi() => JsonNode.Parse("""
        {
          "title": "Tiny ODI",
          "description": "<p>Hello &amp; welcome</p>",
          "levels": ["One", "Two", "Three"],
          "dimensions": [
            {
              "name": "Dimension A",
              "activities": [
                {
                  "title": "Culture",
                  "questions": [
                    {
                      "text": "Is it fine?",
                      "context": "",
                      "statements": [
                        { "text": "s1", "associatedLevel": 1 },
                        { "text": "s2", "associatedLevel": 2 },
                        { "text": "s3", "associatedLevel": 3 }
                      ]
                    }
                  ]
                }
              ]
            }
          ]
        }
        """)!.AsObject();

    public static JsonObject FirstOdiStatement(JsonObject odi, int index) =>
        odi["dimensions"]![0]!["activities"]![0]!["questions"]![0]!["statements"]![index]!.AsObject();

    public static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
