using System.Globalization;
using System.Text;
using Proofread.Text;

namespace Proofread.Reporting.Diff;

/// <summary>
/// Renders corrections in a <see cref="DiffStyle"/>. The word and side-by-side styles are for
/// people at a terminal: changed lines only, under a header naming the file, with the changed
/// words in red and green when <c>color</c> is on and marked <c>[-old-]{+new+}</c> (as
/// <c>git diff --word-diff</c> does) when it is off. Only the unified style can be applied with
/// <c>patch</c> or <c>git apply</c>.
/// </summary>
public static class DiffRenderer
{
    /// <summary>The side-by-side width when the terminal's is unknown.</summary>
    public const int DefaultWidth = 160;

    private const string Reset = "\e[0m";
    private const string Bold = "\e[1m";
    private const string Cyan = "\e[36m";
    private const string Red = "\e[31m";
    private const string Green = "\e[32m";

    /// <summary>The diff of <paramref name="path"/> from <paramref name="oldText"/> to <paramref name="newText"/>; empty when they are equal.</summary>
    public static string Render(
        DiffStyle style,
        string path,
        string oldText,
        string newText,
        TextEncodingKind encoding = TextEncodingKind.Utf8,
        bool color = false,
        int width = DefaultWidth) => style switch
        {
            DiffStyle.Word => Word(path, oldText, newText, color),
            DiffStyle.SideBySide => SideBySide(path, oldText, newText, color, width),
            _ => UnifiedDiff.Render(path, oldText, newText, encoding),
        };

    /// <summary>Changed lines with the changes inline, under git-style hunk headers (no context lines).</summary>
    public static string Word(string path, string oldText, string newText, bool color = false)
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var output = new StringBuilder();
        var name = UnifiedDiff.NormalizePath(path);
        output.Append(Paint(color, Bold, "--- a/" + name)).Append('\n');
        output.Append(Paint(color, Bold, "+++ b/" + name)).Append('\n');
        foreach (var hunk in WordDiff.Compare(oldText, newText))
        {
            output.Append(Paint(color, Cyan, $"@@ -{UnifiedDiff.Range(hunk.OldStart, hunk.OldCount)} +{UnifiedDiff.Range(hunk.NewStart, hunk.NewCount)} @@")).Append('\n');
            foreach (var line in hunk.Lines)
            {
                foreach (var segment in line.Segments)
                {
                    output.Append(Marked(segment, color));
                }

                output.Append('\n');
            }
        }

        return output.ToString();
    }

    /// <summary>
    /// Old lines on the left and new lines on the right, <paramref name="width"/> columns in all,
    /// with line numbers; long lines wrap within their column. The middle marker is <c>|</c> for a
    /// changed line, <c>&lt;</c> for a removed one and <c>&gt;</c> for an added one.
    /// </summary>
    public static string SideBySide(string path, string oldText, string newText, bool color = false, int width = DefaultWidth)
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var hunks = WordDiff.Compare(oldText, newText);
        var largest = hunks.Length == 0 ? 1 : hunks.Max(h => Math.Max(h.OldStart + h.OldCount, h.NewStart + h.NewCount));
        var gutter = largest.ToString(CultureInfo.InvariantCulture).Length;

        // number + " " + text + " | " on each side, the last without its separator.
        var column = Math.Max(10, (width - (2 * (gutter + 1)) - 3) / 2);
        var output = new StringBuilder();
        var name = UnifiedDiff.NormalizePath(path);
        output.Append(Paint(color, Bold, $"{name} (old | new)")).Append('\n');
        var first = true;
        foreach (var hunk in hunks)
        {
            if (!first)
            {
                output.Append(Paint(color, Cyan, new string('-', gutter) + " ...")).Append('\n');
            }

            first = false;
            foreach (var line in hunk.Lines)
            {
                var left = Cells(line, DiffSegmentKind.Inserted, color);
                var right = Cells(line, DiffSegmentKind.Deleted, color);
                var marker = line.OldLine is null ? '>' : line.NewLine is null ? '<' : '|';
                var leftRows = Rows(left, column);
                var rightRows = Rows(right, column);
                for (var row = 0; row < Math.Max(1, Math.Max(leftRows.Count, rightRows.Count)); row++)
                {
                    output.Append(Paint(color, Cyan, Number(row == 0 ? line.OldLine : null, gutter))).Append(' ');
                    AppendRow(output, left, row < leftRows.Count ? leftRows[row] : default, column, color, pad: true);
                    output.Append(' ').Append(row == 0 ? marker : ' ').Append(' ');
                    output.Append(Paint(color, Cyan, Number(row == 0 ? line.NewLine : null, gutter))).Append(' ');
                    AppendRow(output, right, row < rightRows.Count ? rightRows[row] : default, column, color, pad: false);
                    output.Append('\n');
                }
            }
        }

        return output.ToString();
    }

    private static string Number(int? line, int gutter) =>
        (line?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).PadLeft(gutter);

    // One side of a pair as printable characters, each with the style it is shown in.
    private static List<(string Text, string? Style)> Cells(DiffLinePair line, DiffSegmentKind skipped, bool color)
    {
        var cells = new List<(string, string?)>();
        if ((skipped == DiffSegmentKind.Inserted ? line.OldLine : line.NewLine) is null)
        {
            return cells;
        }

        foreach (var segment in line.Segments.Where(s => s.Kind != skipped))
        {
            var style = segment.Kind switch
            {
                DiffSegmentKind.Deleted => Red,
                DiffSegmentKind.Inserted => Green,
                _ => null,
            };
            var text = Printable(segment.Text);
            if (!color && style is not null)
            {
                text = segment.Kind == DiffSegmentKind.Deleted ? $"[-{text}-]" : $"{{+{text}+}}";
            }

            var elements = StringInfo.GetTextElementEnumerator(text);
            while (elements.MoveNext())
            {
                cells.Add((elements.GetTextElement(), style));
            }
        }

        return cells;
    }

    // Rows of at most `column` cells, broken after a space where the row has one.
    private static List<(int Start, int End)> Rows(List<(string Text, string? Style)> cells, int column)
    {
        var rows = new List<(int, int)>();
        var start = 0;
        while (start < cells.Count)
        {
            var end = Math.Min(cells.Count, start + column);
            if (end < cells.Count && cells[end].Text != " ")
            {
                var space = cells.FindLastIndex(end - 1, end - start, c => c.Text == " ");
                if (space > start)
                {
                    end = space + 1;
                }
            }

            rows.Add((start, end));

            // The space a row was broken at does not start the next one.
            start = end < cells.Count && cells[end].Text == " " ? end + 1 : end;
        }

        return rows;
    }

    private static void AppendRow(StringBuilder output, List<(string Text, string? Style)> cells, (int Start, int End) row, int column, bool color, bool pad)
    {
        var (start, end) = row;
        string? current = null;
        for (var i = start; i < end; i++)
        {
            var (text, style) = cells[i];
            if (color && style != current)
            {
                output.Append(style ?? Reset);
                current = style;
            }

            output.Append(text);
        }

        if (current is not null)
        {
            output.Append(Reset);
        }

        if (pad)
        {
            output.Append(' ', column - Math.Max(0, end - start));
        }
    }

    private static string Marked(DiffSegment segment, bool color)
    {
        var text = Printable(segment.Text);
        return segment.Kind switch
        {
            DiffSegmentKind.Deleted => color ? Red + text + Reset : $"[-{text}-]",
            DiffSegmentKind.Inserted => color ? Green + text + Reset : $"{{+{text}+}}",
            _ => text,
        };
    }

    // Tabs become four spaces (columns must line up); other control characters would move the cursor.
    private static string Printable(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c == '\t' ? "    " : char.IsControl(c) ? "\uFFFD" : c.ToString());
        }

        return builder.ToString();
    }

    private static string Paint(bool color, string style, string text) => color ? style + text + Reset : text;
}
