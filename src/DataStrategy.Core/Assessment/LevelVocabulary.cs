using System.Globalization;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Assessment;

/// <summary>Reads a cell as a level: a number, a level name in any language, "don't know", "not applicable".</summary>
public sealed class LevelVocabulary
{
    private static readonly string[] DontKnowWords = ["dk", "don't know", "dont know", "do not know", "unknown", "?", "ne sais pas", "je ne sais pas", "nsp", "inconnu", "weet niet", "weet ik niet", "onbekend"];
    private static readonly string[] NotApplicableWords = ["na", "n/a", "n.a.", "not applicable", "sans objet", "so", "non applicable", "niet van toepassing", "nvt", "n.v.t.", "n v t"];

    private readonly Dictionary<string, (AnswerState State, int? Level)> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (AnswerState State, int? Level)> _exact = new(StringComparer.Ordinal);
    private readonly int _maxLevel;

    public LevelVocabulary(FrameworkDefinition framework, IReadOnlyDictionary<string, string>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        _maxLevel = framework.MaxLevel;
        foreach (var w in DontKnowWords)
        {
            _words[StakeholderImport.Normalize(w)] = (AnswerState.DontKnow, null);
        }

        foreach (var w in NotApplicableWords)
        {
            _words[StakeholderImport.Normalize(w)] = (AnswerState.NotApplicable, null);
        }

        foreach (var level in framework.Levels)
        {
            foreach (var name in level.Name.Values.Values)
            {
                _words[StakeholderImport.Normalize(name)] = (AnswerState.Level, level.Value);
            }
        }

        if (extra is not null)
        {
            foreach (var (value, meaning) in extra)
            {
                (AnswerState, int?)? rule = meaning switch
                {
                    AnswerMapping.DontKnow => (AnswerState.DontKnow, null),
                    AnswerMapping.NotApplicable => (AnswerState.NotApplicable, null),
                    AnswerMapping.Skip => (AnswerState.Level, 0),
                    _ when int.TryParse(meaning, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= _maxLevel => (AnswerState.Level, n),
                    _ => null,
                };
                if (rule is { } r)
                {
                    // The user's own rules win over every built-in reading, exactly as written.
                    _exact[value.Trim()] = r;
                    _words[StakeholderImport.Normalize(value)] = r;
                }
            }
        }
    }

    public enum Outcome
    {
        Empty,
        Answer,
        Unknown,
        OutOfRange,
    }

    /// <summary>Level 0 with state Level means "skip this cell" (mapped by the user).</summary>
    public Outcome Read(string? cell, out AnswerState state, out int? level)
    {
        state = AnswerState.Level;
        level = null;
        if (string.IsNullOrWhiteSpace(cell))
        {
            return Outcome.Empty;
        }

        var span = cell.AsSpan().Trim();
        if (_exact.TryGetValue(cell.Trim(), out var mapped))
        {
            state = mapped.State;
            level = mapped.Level;
            if (mapped.State == AnswerState.Level && mapped.Level == 0)
            {
                level = null;
                return Outcome.Empty;
            }

            return Outcome.Answer;
        }

        if (span[0] is '=' or '+' or '-' or '@')
        {
            // Formulas and negative "no answer" codes (-1, -99) are never levels.
            return Outcome.Unknown;
        }

        if (span.Length <= 3 && int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var plain))
        {
            level = plain;
            return plain >= 1 && plain <= _maxLevel ? Outcome.Answer : Outcome.OutOfRange;
        }

        var key = StakeholderImport.Normalize(cell);
        if (_words.TryGetValue(key, out var known))
        {
            state = known.State;
            level = known.Level;
            if (known.State == AnswerState.Level && known.Level == 0)
            {
                level = null;
                return Outcome.Empty;
            }

            return Outcome.Answer;
        }

        // "3.0", "3 - Learning", "Niveau 3", "Level 3": a single level number with decoration.
        var digits = new string(key.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length is > 0 and <= 2 && key.Count(char.IsAsciiDigit) == digits.Length &&
            (key.StartsWith(digits, StringComparison.Ordinal) || key.EndsWith(digits, StringComparison.Ordinal) || key.EndsWith(digits + ".0", StringComparison.Ordinal)))
        {
            var n = int.Parse(digits, CultureInfo.InvariantCulture);
            level = n;
            return n >= 1 && n <= _maxLevel ? Outcome.Answer : Outcome.OutOfRange;
        }

        if (key.EndsWith(".0", StringComparison.Ordinal) && int.TryParse(key[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var dec))
        {
            level = dec;
            return dec >= 1 && dec <= _maxLevel ? Outcome.Answer : Outcome.OutOfRange;
        }

        return Outcome.Unknown;
    }
}
