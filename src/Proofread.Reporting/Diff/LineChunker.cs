using DiffPlex;

namespace Proofread.Reporting.Diff;

/// <summary>Splits a text into lines for DiffPlex, each line keeping its line ending.</summary>
internal sealed class LineChunker : IChunker
{
    /// <summary>Lines end after LF only, exactly as patch and git read them (a CR stays inside its line).</summary>
    public static readonly LineChunker LfOnly = new(loneCarriageReturnEndsLine: false);

    /// <summary>Lines end after LF, CRLF or a lone CR, as <c>LineMap</c> counts them, so line numbers match the findings'.</summary>
    public static readonly LineChunker AnyLineEnding = new(loneCarriageReturnEndsLine: true);

    private readonly bool _loneCarriageReturnEndsLine;

    private LineChunker(bool loneCarriageReturnEndsLine) => _loneCarriageReturnEndsLine = loneCarriageReturnEndsLine;

    public IReadOnlyList<string> Chunk(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var found = _loneCarriageReturnEndsLine ? text.AsSpan(start).IndexOfAny('\n', '\r') : text.AsSpan(start).IndexOf('\n');
            var end = found < 0 ? text.Length : start + found + 1;
            if (found >= 0 && text[end - 1] == '\r' && end < text.Length && text[end] == '\n')
            {
                end++;
            }

            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }
}
