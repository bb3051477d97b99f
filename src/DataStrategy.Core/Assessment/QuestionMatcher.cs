using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Assessment;

/// <summary>Finds the question a header or cell names: its ID, "ID: text", or its text in any language.</summary>
public sealed class QuestionMatcher
{
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string Id)> _prefixes = [];

    public QuestionMatcher(FrameworkDefinition framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        foreach (var q in framework.Questions)
        {
            _byKey.TryAdd(q.Id, q.Id);
            _byKey.TryAdd(StakeholderImport.Normalize(q.Id), q.Id);
            _prefixes.Add((StakeholderImport.Normalize(q.Id), q.Id));
            foreach (var text in q.Text.Values.Values)
            {
                _byKey.TryAdd(StakeholderImport.Normalize(text), q.Id);
            }
        }

        // Longest ID first: "lead-010" must not be read as "lead-01".
        _prefixes.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
    }

    public string? Match(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (_byKey.TryGetValue(value.Trim(), out var exact))
        {
            return exact;
        }

        var normalized = StakeholderImport.Normalize(value);
        if (_byKey.TryGetValue(normalized, out var id))
        {
            return id;
        }

        foreach (var (prefix, qid) in _prefixes)
        {
            if (normalized.Length > prefix.Length && normalized.StartsWith(prefix, StringComparison.Ordinal) && !char.IsLetterOrDigit(normalized[prefix.Length]))
            {
                return qid;
            }
        }

        return null;
    }
}
