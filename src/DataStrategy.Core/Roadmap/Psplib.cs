using System.Globalization;

namespace DataStrategy.Core.Roadmap;

/// <summary>Reads PSPLIB single-mode (.sm) files (Kolisch &amp; Sprecher). Malformed input throws <see cref="FormatException"/>
/// naming the line.</summary>
public static class Psplib
{
    /// <summary>Far above any PSPLIB instance, low enough that sums stay within 32-bit arithmetic in the model.</summary>
    public const int MaxJobs = 100_000;

    public const int MaxValue = 1_000_000;

    public static PsplibInstance Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Lines(text);
        var jobs = reader.HeaderValue("jobs (incl. supersource/sink )", 1, MaxJobs);
        var horizon = reader.HeaderValue("horizon", 0, int.MaxValue / 4);
        var resources = reader.HeaderValue("- renewable", 0, 100);

        reader.Seek("PROJECT INFORMATION:");
        reader.Next();
        var info = reader.Numbers(6, int.MaxValue / 4);
        var mpm = info[5];

        reader.Seek("PRECEDENCE RELATIONS:");
        reader.Next();
        var successors = new IReadOnlyList<int>[jobs];
        for (var j = 0; j < jobs; j++)
        {
            var row = reader.Numbers(3, MaxJobs);
            reader.Expect(row[0] == j + 1, $"job number {j + 1} expected, found {row[0]}");
            reader.Expect(row[1] == 1, $"job {j + 1} has {row[1]} modes; only single-mode files are supported");
            reader.Expect(row.Length == 3 + row[2], $"job {j + 1} announces {row[2]} successors but lists {row.Length - 3}");
            var list = row.Skip(3).Select(s => s - 1).ToArray();
            reader.Expect(list.All(s => s >= 0 && s < jobs && s != j), $"job {j + 1} has a successor outside 1..{jobs} or itself");
            successors[j] = list;
        }

        reader.Seek("REQUESTS/DURATIONS:");
        reader.Next();
        reader.Next(); // the dashes under the header
        var durations = new int[jobs];
        var demands = new IReadOnlyList<int>[jobs];
        for (var j = 0; j < jobs; j++)
        {
            var row = reader.Numbers(3 + resources, MaxValue);
            reader.Expect(row.Length == 3 + resources, $"job {j + 1} has {row.Length - 3} requests for {resources} resources");
            reader.Expect(row[0] == j + 1, $"job number {j + 1} expected, found {row[0]}");
            durations[j] = row[2];
            demands[j] = row.Skip(3).ToArray();
        }

        reader.Seek("RESOURCEAVAILABILITIES:");
        reader.Next();
        var capacities = reader.Numbers(resources, MaxValue);
        reader.Expect(capacities.Length == resources, $"{capacities.Length} availabilities for {resources} resources");

        var instance = new PsplibInstance(jobs, durations, successors, demands, capacities, mpm, horizon);
        if (CriticalPath.FindCycle(instance.ToProblem()) is { } cycle)
        {
            throw new FormatException("The precedence relations form a cycle: jobs " + string.Join(" → ", cycle.Select(j => j + 1)) + ".");
        }

        return instance;
    }

    /// <summary>Reads optimum.csv (header "problem,optimum").</summary>
    public static IReadOnlyDictionary<string, PsplibOptimum> ParseOptima(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var optima = new Dictionary<string, PsplibOptimum>(StringComparer.Ordinal);
        var lines = csv.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0)
            {
                throw new FormatException($"optimum.csv line {i + 1}: no comma.");
            }

            var name = line[..comma];
            var value = line[(comma + 1)..];
            var range = value.Split("..");
            int? Number(string s) => s.Length == 0 ? null
                : int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
                : throw new FormatException($"optimum.csv line {i + 1}: '{value}' is not a number or a range.");
            optima[name] = range.Length switch
            {
                1 => new PsplibOptimum(name, Number(range[0]), Number(range[0])),
                2 => new PsplibOptimum(name, Number(range[0]), Number(range[1])),
                _ => throw new FormatException($"optimum.csv line {i + 1}: '{value}' is not a number or a range."),
            };
        }

        return optima;
    }

    /// <summary>A cursor over the lines of the file that reports errors with the 1-based line number.</summary>
    private sealed class Lines(string text)
    {
        private readonly string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        private int index = -1;

        private int LineNumber => index + 1;

        public void Next()
        {
            index++;
            if (index >= lines.Length)
            {
                throw new FormatException($"Line {LineNumber}: the file ends too early.");
            }
        }

        public void Seek(string marker)
        {
            do
            {
                Next();
            }
            while (!lines[index].TrimStart().StartsWith(marker, StringComparison.Ordinal));
        }

        /// <summary>The number after the colon of the next line starting with <paramref name="label"/>.</summary>
        public int HeaderValue(string label, int min, int max)
        {
            Seek(label);
            var line = lines[index];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var words = colon < 0 ? [] : line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Expect(words.Length > 0, $"no number after '{label}'");
            var value = Parse(words[0], max);
            Expect(value >= min, $"'{label}' is {value}, below {min}");
            return value;
        }

        /// <summary>The whitespace-separated numbers of the next line (at least <paramref name="atLeast"/>), each 0..max.</summary>
        public int[] Numbers(int atLeast, int max)
        {
            Next();
            var words = lines[index].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            Expect(words.Length >= atLeast, $"{atLeast} numbers expected, found {words.Length}");
            return words.Select(w => Parse(w, max)).ToArray();
        }

        public void Expect(bool condition, string message)
        {
            if (!condition)
            {
                throw new FormatException($"Line {LineNumber}: {message}.");
            }
        }

        private int Parse(string word, int max)
        {
            // NumberStyles.None: no sign, so negative numbers are rejected like any other non-number.
            Expect(int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || word.All(char.IsAsciiDigit),
                $"'{word}' is not a non-negative whole number");
            Expect(value <= max && word.Length <= 10 && long.Parse(word, CultureInfo.InvariantCulture) <= max, $"{word} is larger than {max}");
            return value;
        }
    }
}
