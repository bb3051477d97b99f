using System.Globalization;
using System.Text;
using DataStrategy.Core.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace DataStrategy.Core.Strategy;

/// <summary>
/// Compares two snapshots of a strategy (e.g. a published version and the draft). Items are
/// matched by ID, which survives renaming and reordering.
/// </summary>
public static class StrategyDiff
{
    public const string TitleField = "title";

    public const string DepartmentField = "department";

    private static readonly CustomFunctionChunker WordChunker = new(Chunk);

    private static readonly LocalizedText NoText = new();

    public static StrategyComparison Compare(StrategySnapshot before, StrategySnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var title = new List<FieldChange>();
        AddTextChanges(title, TitleField, before.Title, after.Title);

        return new StrategyComparison
        {
            Title = title,
            Items = CompareItems(before, after),
            Raci = CompareRaci(before, after),
        };
    }

    /// <summary>
    /// Word-level differences. Words, runs of whitespace and single punctuation marks are the units,
    /// so the Same and Deleted pieces concatenate to <paramref name="before"/> and the Same and
    /// Inserted pieces to <paramref name="after"/>, exactly. Null is read as empty.
    /// </summary>
    public static IReadOnlyList<TextPiece> Words(string? before, string? after)
    {
        before ??= string.Empty;
        after ??= string.Empty;
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return before.Length == 0 ? [] : [new TextPiece(DiffOp.Same, before)];
        }

        if (before.Length == 0)
        {
            return [new TextPiece(DiffOp.Inserted, after)];
        }

        if (after.Length == 0)
        {
            return [new TextPiece(DiffOp.Deleted, before)];
        }

        // Edits are usually local: the common start and end are kept out of the diff (and out of
        // chunking), cut where whitespace begins or ends, which is a chunk boundary in both texts.
        var prefix = before.AsSpan().CommonPrefixLength(after);
        var limit = Math.Min(before.Length, after.Length) - prefix;
        var suffix = 0;
        while (suffix < limit && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }

        var start = prefix - 1;
        while (start > 0 && char.IsWhiteSpace(before[start - 1]) == char.IsWhiteSpace(before[start]))
        {
            start--;
        }

        start = Math.Max(start, 0);
        var end = suffix - 1;
        while (end > 0 && char.IsWhiteSpace(before[^(end + 1)]) == char.IsWhiteSpace(before[^end]))
        {
            end--;
        }

        end = Math.Max(end, 0);

        var pieces = new PieceBuilder();
        pieces.Add(DiffOp.Same, before[..start]);
        var oldMiddle = before[start..^end];
        var result = Differ.Instance.CreateDiffs(oldMiddle, after[start..^end], ignoreWhiteSpace: false, ignoreCase: false, WordChunker);
        var oldPieces = result.PiecesOld;
        var newPieces = result.PiecesNew;
        var nextOld = 0;
        foreach (var block in result.DiffBlocks)
        {
            pieces.Add(DiffOp.Same, oldPieces, nextOld, block.DeleteStartA - nextOld);
            pieces.Add(DiffOp.Deleted, oldPieces, block.DeleteStartA, block.DeleteCountA);
            pieces.Add(DiffOp.Inserted, newPieces, block.InsertStartB, block.InsertCountB);
            nextOld = block.DeleteStartA + block.DeleteCountA;
        }

        pieces.Add(DiffOp.Same, oldPieces, nextOld, oldPieces.Count - nextOld);
        pieces.Add(DiffOp.Same, before[^end..]);
        return pieces.ToList();
    }

    private enum CharClass
    {
        Word,
        Space,
        Other,
    }

    /// <summary>
    /// Splits into words (letters, digits and combining marks), whitespace runs and single other
    /// characters. DiffPlex's own word chunker keeps newlines and hyphens inside words, which
    /// would mark a whole line as changed when one word changes.
    /// </summary>
    private static string[] Chunk(string text)
    {
        var chunks = new List<string>((text.Length / 3) + 1);
        var start = 0;
        var startClass = CharClass.Other;
        var i = 0;
        while (i < text.Length)
        {
            var (cls, length) = Classify(text, i);
            if (i > start && (cls != startClass || cls == CharClass.Other))
            {
                chunks.Add(text[start..i]);
                start = i;
            }

            if (i == start)
            {
                startClass = cls;
            }

            i += length;
        }

        if (start < text.Length)
        {
            chunks.Add(text[start..]);
        }

        return [.. chunks];
    }

    private static (CharClass Class, int Length) Classify(string text, int index)
    {
        var c = text[index];
        if (!char.IsSurrogate(c))
        {
            return (Classify(char.IsWhiteSpace(c), char.GetUnicodeCategory(c)), 1);
        }

        // Runes, not chars, so that a surrogate pair is never split between two pieces.
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var length);
        return (Classify(Rune.IsWhiteSpace(rune), Rune.GetUnicodeCategory(rune)), length);
    }

    private static CharClass Classify(bool whiteSpace, UnicodeCategory category) => whiteSpace
        ? CharClass.Space
        : category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharClass.Word,
            _ => CharClass.Other,
        };

    /// <summary>Collects pieces, joining neighbours with the same operation.</summary>
    private sealed class PieceBuilder
    {
        private readonly List<TextPiece> _pieces = [];
        private readonly StringBuilder _text = new();
        private DiffOp _op;

        public void Add(DiffOp op, string text)
        {
            if (text.Length > 0)
            {
                Add(op, [text], 0, 1);
            }
        }

        public void Add(DiffOp op, IReadOnlyList<string> chunks, int start, int count)
        {
            if (count <= 0)
            {
                return;
            }

            if (op != _op)
            {
                Flush();
                _op = op;
            }

            for (var i = start; i < start + count; i++)
            {
                _text.Append(chunks[i]);
            }
        }

        public List<TextPiece> ToList()
        {
            Flush();
            return _pieces;
        }

        private void Flush()
        {
            if (_text.Length > 0)
            {
                _pieces.Add(new TextPiece(_op, _text.ToString()));
                _text.Clear();
            }
        }
    }

    private static List<ItemChange> CompareItems(StrategySnapshot before, StrategySnapshot after)
    {
        var beforeItems = Distinct(before.Items);
        var afterItems = Distinct(after.Items);
        var beforeById = beforeItems.ToDictionary(i => i.Id);
        var afterById = afterItems.ToDictionary(i => i.Id);
        var beforeRank = CommonRanks(beforeItems, afterById);
        var afterRank = CommonRanks(afterItems, beforeById);

        var changes = new List<(ItemChange Change, int Position, int Index)>();
        foreach (var item in afterItems)
        {
            if (!beforeById.TryGetValue(item.Id, out var old))
            {
                changes.Add((new ItemChange(item.Kind, ChangeKind.Added, null, item, [], [], [], false), item.Position, changes.Count));
                continue;
            }

            var moved = beforeRank.TryGetValue(item.Id, out var oldRank)
                && afterRank.TryGetValue(item.Id, out var newRank)
                && oldRank != newRank;
            var fields = CompareFields(old, item);
            var linksAdded = LinksMissingFrom(item.Links, old.Links);
            var linksRemoved = LinksMissingFrom(old.Links, item.Links);
            if (moved || old.Kind != item.Kind || fields.Count > 0 || linksAdded.Count > 0 || linksRemoved.Count > 0)
            {
                changes.Add((new ItemChange(item.Kind, ChangeKind.Changed, old, item, fields, linksAdded, linksRemoved, moved), item.Position, changes.Count));
            }
        }

        foreach (var item in beforeItems)
        {
            if (!afterById.ContainsKey(item.Id))
            {
                changes.Add((new ItemChange(item.Kind, ChangeKind.Removed, item, null, [], [], [], false), item.Position, changes.Count));
            }
        }

        return [.. changes.OrderBy(c => c.Change.Kind).ThenBy(c => c.Position).ThenBy(c => c.Index).Select(c => c.Change)];
    }

    /// <summary>The items in list order; should an ID appear twice, the first one counts.</summary>
    private static List<StrategyItemData> Distinct(List<StrategyItemData> items)
    {
        var seen = new HashSet<Guid>();
        return items.FindAll(i => seen.Add(i.Id));
    }

    /// <summary>
    /// The rank of each item among the items of its kind that exist (with that kind) in both
    /// snapshots: renumbering positions or adding and removing other items leaves ranks as they
    /// were, only a reorder changes them.
    /// </summary>
    private static Dictionary<Guid, int> CommonRanks(List<StrategyItemData> items, Dictionary<Guid, StrategyItemData> other)
    {
        var ranks = new Dictionary<Guid, int>();
        var common = items.Where(i => other.TryGetValue(i.Id, out var o) && o.Kind == i.Kind);
        // OrderBy is stable: ties in position keep list order, as StrategySnapshot.OfKind does.
        foreach (var group in common.OrderBy(i => i.Position).GroupBy(i => i.Kind))
        {
            var rank = 0;
            foreach (var item in group)
            {
                ranks[item.Id] = rank++;
            }
        }

        return ranks;
    }

    private static List<FieldChange> CompareFields(StrategyItemData before, StrategyItemData after)
    {
        var fields = new List<FieldChange>();
        AddTextChanges(fields, TitleField, before.Title, after.Title);

        // The kind's fields in schema order, then any others (from an older schema) in a stable order.
        var keys = new List<string>(StrategySchema.Fields(after.Kind));
        if (before.Kind != after.Kind)
        {
            keys.AddRange(StrategySchema.Fields(before.Kind).Except(keys, StringComparer.Ordinal));
        }

        var extra = before.Texts.Keys.Concat(after.Texts.Keys).Where(k => !keys.Contains(k, StringComparer.Ordinal)).ToList();
        if (extra.Count > 0)
        {
            keys.AddRange(extra.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        }

        foreach (var key in keys)
        {
            before.Texts.TryGetValue(key, out var old);
            after.Texts.TryGetValue(key, out var now);
            if (old is not null || now is not null)
            {
                AddTextChanges(fields, key, old ?? NoText, now ?? NoText);
            }
        }

        if (before.DepartmentId != after.DepartmentId)
        {
            fields.Add(new FieldChange(DepartmentField, null, before.DepartmentId?.ToString("D"), after.DepartmentId?.ToString("D"), []));
        }

        return fields;
    }

    private static void AddTextChanges(List<FieldChange> changes, string field, LocalizedText before, LocalizedText after)
    {
        if (before.Equals(after))
        {
            return;
        }

        foreach (var language in Languages.Content)
        {
            AddTextChange(changes, field, language, before, after);
        }

        var others = before.Values.Keys.Concat(after.Values.Keys).Where(l => !Languages.IsContent(l)).ToList();
        foreach (var language in others.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            AddTextChange(changes, field, language, before, after);
        }
    }

    private static void AddTextChange(List<FieldChange> changes, string field, string language, LocalizedText before, LocalizedText after)
    {
        var old = before[language];
        var now = after[language];
        if (!string.Equals(old, now, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, language, old, now, Words(old, now)));
        }
    }

    /// <summary>The links of <paramref name="links"/> that <paramref name="other"/> lacks, once each, in their order.</summary>
    private static List<StrategyLink> LinksMissingFrom(List<StrategyLink> links, List<StrategyLink> other)
    {
        if (links.Count == 0)
        {
            return [];
        }

        var otherSet = other.ToHashSet();
        var seen = new HashSet<StrategyLink>();
        return [.. links.Where(l => !otherSet.Contains(l) && seen.Add(l))];
    }

    private static List<RaciChange> CompareRaci(StrategySnapshot before, StrategySnapshot after)
    {
        var old = Letters(before.Raci);
        var now = Letters(after.Raci);
        var changes = new List<RaciChange>();
        foreach (var (cell, letter) in now)
        {
            if (!old.TryGetValue(cell, out var was) || was != letter)
            {
                changes.Add(new RaciChange(cell.Activity, cell.Role, old.ContainsKey(cell) ? was : null, letter));
            }
        }

        foreach (var (cell, letter) in old)
        {
            if (!now.ContainsKey(cell))
            {
                changes.Add(new RaciChange(cell.Activity, cell.Role, letter, null));
            }
        }

        var order = new Dictionary<Guid, int>();
        // The new position where the item still exists, else the old one.
        foreach (var item in after.Items.Concat(before.Items))
        {
            order.TryAdd(item.Id, item.Position);
        }

        int Order(Guid id) => order.TryGetValue(id, out var p) ? p : int.MaxValue;
        return [.. changes.OrderBy(c => Order(c.ActivityId)).ThenBy(c => c.ActivityId).ThenBy(c => Order(c.RoleId)).ThenBy(c => c.RoleId)];
    }

    /// <summary>One letter per cell; when a cell appears twice, the last one wins.</summary>
    private static Dictionary<(Guid Activity, Guid Role), RaciLetter> Letters(List<RaciCell> cells)
    {
        var letters = new Dictionary<(Guid Activity, Guid Role), RaciLetter>(cells.Count);
        foreach (var cell in cells)
        {
            letters[(cell.ActivityId, cell.RoleId)] = cell.Letter;
        }

        return letters;
    }
}
