using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Model;
using Proofread.Text;

namespace Proofread.Reporting.Diff;

/// <summary>
/// Renders a unified diff that <c>patch -p1</c> and <c>git apply</c> apply byte for byte:
/// git-style <c>--- a/PATH</c> / <c>+++ b/PATH</c> headers, hunks with context lines, line
/// endings kept exactly (lines are split after LF, as those tools do, so a CR stays part of its
/// line), <c>\ No newline at end of file</c> markers, and a UTF-8 byte-order mark kept on line 1.
/// Identical texts give no output.
/// </summary>
public static class UnifiedDiff
{
    /// <summary>Context lines around each change, as in <c>diff -u</c>.</summary>
    public const int DefaultContext = 3;

    private const string NoNewline = "\\ No newline at end of file\n";

    /// <summary>
    /// The diff from <paramref name="oldText"/> to <paramref name="newText"/> (decoded texts of
    /// <paramref name="path"/>), or an empty string when they are equal. The output is text to be
    /// written as UTF-8; for a UTF-8 file with a byte-order mark, line 1 carries U+FEFF so that
    /// its bytes equal the file's.
    /// </summary>
    public static string Render(
        string path,
        string oldText,
        string newText,
        TextEncodingKind encoding = TextEncodingKind.Utf8,
        int context = DefaultContext)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        if (encoding == TextEncodingKind.Utf8WithBom)
        {
            oldText = "\uFEFF" + oldText;
            newText = "\uFEFF" + newText;
        }

        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, LineChunker.LfOnly);
        var oldLines = result.PiecesOld;
        var newLines = result.PiecesNew;
        var blocks = result.DiffBlocks;
        var output = new StringBuilder();
        var name = QuotePath(NormalizePath(path));
        output.Append("--- ").Append(Prefixed("a/", name)).Append('\n');
        output.Append("+++ ").Append(Prefixed("b/", name)).Append('\n');

        var first = 0;
        while (first < blocks.Count)
        {
            // Join blocks whose unchanged gap is small enough for their contexts to touch.
            var last = first;
            while (last + 1 < blocks.Count
                && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * context)
            {
                last++;
            }

            WriteHunk(output, oldLines, newLines, blocks, first, last, context);
            first = last + 1;
        }

        return output.ToString();
    }

    private static void WriteHunk(StringBuilder output, IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines, IList<DiffBlock> blocks, int first, int last, int context)
    {
        var head = blocks[first];
        var tail = blocks[last];
        var leading = Math.Min(context, Math.Min(head.DeleteStartA, head.InsertStartB));
        var oldStart = head.DeleteStartA - leading;
        var newStart = head.InsertStartB - leading;
        var oldTailEnd = tail.DeleteStartA + tail.DeleteCountA;
        var newTailEnd = tail.InsertStartB + tail.InsertCountB;
        var trailing = Math.Min(context, Math.Min(oldLines.Count - oldTailEnd, newLines.Count - newTailEnd));
        var oldCount = oldTailEnd + trailing - oldStart;
        var newCount = newTailEnd + trailing - newStart;

        output.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
        var oldIndex = oldStart;
        for (var b = first; b <= last; b++)
        {
            var block = blocks[b];
            while (oldIndex < block.DeleteStartA)
            {
                WriteLine(output, ' ', oldLines[oldIndex++]);
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                WriteLine(output, '-', oldLines[block.DeleteStartA + i]);
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                WriteLine(output, '+', newLines[block.InsertStartB + i]);
            }

            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }

        for (var i = 0; i < trailing; i++)
        {
            WriteLine(output, ' ', oldLines[oldIndex++]);
        }
    }

    private static void WriteLine(StringBuilder output, char marker, string line)
    {
        output.Append(marker).Append(line);
        if (!line.EndsWith('\n'))
        {
            output.Append('\n').Append(NoNewline);
        }
    }

    // GNU style: a one-line range has no count; an empty range names the line before it.
    internal static string Range(int start, int count) => count switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{start},0"),
        1 => (start + 1).ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}"),
    };

    /// <summary>A path as diff headers show it: forward slashes, no leading "./".</summary>
    public static string NormalizePath(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..].TrimStart('/');
        }

        return normalized;
    }

    private static string Prefixed(string prefix, string name) =>
        name.StartsWith('"') ? "\"" + prefix + name[1..] : prefix + name;

    // git's C-style quoting, for names that would otherwise be cut or misread.
    private static string QuotePath(string path)
    {
        if (!path.AsSpan().ContainsAny("\"\\\t\n\r"))
        {
            return path;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in path)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
