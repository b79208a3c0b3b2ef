using System.Collections.Immutable;
using System.Text;
using DiffPlex;

namespace Proofread.Reporting.Diff;

/// <summary>How <c>check --diff</c> shows corrections.</summary>
public enum DiffStyle
{
    /// <summary>A unified diff that <c>patch</c> and <c>git apply</c> accept.</summary>
    Unified,

    /// <summary>Changed lines with the changed words marked inline (git's <c>--word-diff</c>).</summary>
    Word,

    /// <summary>Old and new lines in two columns, changed words marked.</summary>
    SideBySide,
}

/// <summary>Whether a piece of a compared line is in both texts, only the old one or only the new one.</summary>
public enum DiffSegmentKind
{
    /// <summary>In both texts.</summary>
    Equal,

    /// <summary>Only in the old text.</summary>
    Deleted,

    /// <summary>Only in the new text.</summary>
    Inserted,
}

/// <summary>A piece of a compared line.</summary>
public readonly record struct DiffSegment(DiffSegmentKind Kind, string Text);

/// <summary>
/// One changed line, or an old and a new line paired up. <see cref="OldLine"/> or
/// <see cref="NewLine"/> is null when the line exists on one side only. The old line's text is
/// the equal and deleted segments; the new line's is the equal and inserted ones. Line endings
/// are not part of the text.
/// </summary>
public sealed record DiffLinePair(int? OldLine, int? NewLine, ImmutableArray<DiffSegment> Segments)
{
    /// <summary>The old line's text, or null.</summary>
    public string? OldText => OldLine is null ? null : Join(DiffSegmentKind.Inserted);

    /// <summary>The new line's text, or null.</summary>
    public string? NewText => NewLine is null ? null : Join(DiffSegmentKind.Deleted);

    private string Join(DiffSegmentKind skipped) =>
        string.Concat(Segments.Where(s => s.Kind != skipped).Select(s => s.Text));
}

/// <summary>
/// A run of changed lines: <see cref="OldCount"/> lines of the old text from the 0-based index
/// <see cref="OldStart"/> became <see cref="NewCount"/> lines of the new text from <see cref="NewStart"/>.
/// </summary>
public sealed record DiffHunk(int OldStart, int OldCount, int NewStart, int NewCount, ImmutableArray<DiffLinePair> Lines);

/// <summary>
/// Compares texts line by line, then the changed lines word by word (DiffPlex). Words are runs of
/// letters and digits; spaces and punctuation are pieces of their own. A space between two
/// changes joins them, so "World Wellbeing Corporation" → "World Health Organization" reads as
/// one change of two words rather than two changes of one.
/// </summary>
public static class WordDiff
{
    /// <summary>
    /// The changed lines of <paramref name="newText"/> against <paramref name="oldText"/>, without
    /// context. Lines end after LF, CRLF or CR (unlike the unified diff, which follows patch).
    /// </summary>
    public static ImmutableArray<DiffHunk> Compare(string oldText, string newText)
    {
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, LineChunker.AnyLineEnding);
        var hunks = ImmutableArray.CreateBuilder<DiffHunk>(result.DiffBlocks.Count);
        foreach (var block in result.DiffBlocks)
        {
            var pairs = ImmutableArray.CreateBuilder<DiffLinePair>();
            for (var i = 0; i < Math.Max(block.DeleteCountA, block.InsertCountB); i++)
            {
                var oldLine = i < block.DeleteCountA ? Content(result.PiecesOld[block.DeleteStartA + i]) : null;
                var newLine = i < block.InsertCountB ? Content(result.PiecesNew[block.InsertStartB + i]) : null;
                pairs.Add(new DiffLinePair(
                    oldLine is null ? null : block.DeleteStartA + i + 1,
                    newLine is null ? null : block.InsertStartB + i + 1,
                    oldLine is not null && newLine is not null
                        ? CompareLine(oldLine, newLine)
                        : [oldLine is null ? new DiffSegment(DiffSegmentKind.Inserted, newLine!) : new DiffSegment(DiffSegmentKind.Deleted, oldLine)]));
            }

            hunks.Add(new DiffHunk(block.DeleteStartA, block.DeleteCountA, block.InsertStartB, block.InsertCountB, pairs.ToImmutable()));
        }

        return hunks.ToImmutable();
    }

    /// <summary>
    /// The word-level difference of two lines: equal pieces, and at each change the deleted
    /// text before the inserted text. Empty pieces are left out.
    /// </summary>
    public static ImmutableArray<DiffSegment> CompareLine(string oldLine, string newLine)
    {
        var result = Differ.Instance.CreateDiffs(oldLine, newLine, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);

        // Regions: equal text, or a change (deleted, inserted).
        var regions = new List<(string? Equal, StringBuilder Deleted, StringBuilder Inserted)>();
        var oldIndex = 0;
        foreach (var block in result.DiffBlocks)
        {
            AddEqual(regions, result.PiecesOld, oldIndex, block.DeleteStartA);
            var change = (Equal: (string?)null, Deleted: new StringBuilder(), Inserted: new StringBuilder());
            for (var i = 0; i < block.DeleteCountA; i++)
            {
                change.Deleted.Append(result.PiecesOld[block.DeleteStartA + i]);
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                change.Inserted.Append(result.PiecesNew[block.InsertStartB + i]);
            }

            regions.Add(change);
            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }

        AddEqual(regions, result.PiecesOld, oldIndex, result.PiecesOld.Count);
        return Segments(regions);
    }

    private static void AddEqual(List<(string? Equal, StringBuilder Deleted, StringBuilder Inserted)> regions, IReadOnlyList<string> pieces, int from, int to)
    {
        if (to > from)
        {
            regions.Add((string.Concat(pieces.Skip(from).Take(to - from)), new StringBuilder(), new StringBuilder()));
        }
    }

    private static ImmutableArray<DiffSegment> Segments(List<(string? Equal, StringBuilder Deleted, StringBuilder Inserted)> regions)
    {
        // Fold whitespace between two changes into them.
        for (var i = 1; i + 1 < regions.Count; i++)
        {
            if (regions[i].Equal is { } space && string.IsNullOrWhiteSpace(space)
                && regions[i - 1].Equal is null && regions[i + 1].Equal is null)
            {
                var (_, deleted, inserted) = regions[i - 1];
                deleted.Append(space).Append(regions[i + 1].Deleted);
                inserted.Append(space).Append(regions[i + 1].Inserted);
                regions.RemoveRange(i, 2);
                i--;
            }
        }

        var segments = ImmutableArray.CreateBuilder<DiffSegment>();
        foreach (var (equal, deleted, inserted) in regions)
        {
            if (equal is not null)
            {
                segments.Add(new DiffSegment(DiffSegmentKind.Equal, equal));
                continue;
            }

            if (deleted.Length > 0)
            {
                segments.Add(new DiffSegment(DiffSegmentKind.Deleted, deleted.ToString()));
            }

            if (inserted.Length > 0)
            {
                segments.Add(new DiffSegment(DiffSegmentKind.Inserted, inserted.ToString()));
            }
        }

        return segments.ToImmutable();
    }

    // A line without its line ending (LF, CRLF).
    private static string Content(string line) => line.TrimEnd('\n').TrimEnd('\r');

    // Runs of letters and digits, runs of whitespace, and every other character alone.
    private sealed class WordChunker : IChunker
    {
        public static readonly WordChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text)
        {
            var pieces = new List<string>();
            var start = 0;
            while (start < text.Length)
            {
                var end = start + 1;
                var kind = Kind(text[start]);
                if (kind != 0)
                {
                    while (end < text.Length && Kind(text[end]) == kind)
                    {
                        end++;
                    }
                }
                else if (char.IsHighSurrogate(text[start]) && end < text.Length && char.IsLowSurrogate(text[end]))
                {
                    end++;
                }

                pieces.Add(text[start..end]);
                start = end;
            }

            return pieces;
        }

        // 1: word character, 2: whitespace, 0: anything else (a piece of its own).
        private static int Kind(char c) => char.IsLetterOrDigit(c) || c == '_' ? 1 : char.IsWhiteSpace(c) ? 2 : 0;
    }
}
