using System.Collections.Immutable;

namespace Proofread.Text;

/// <summary>
/// Maps offsets in decoded text to 1-based lines and columns and back.
/// A line ends after "\r\n", "\n" or a lone "\r", so CRLF files report the same lines as editors do.
/// </summary>
public sealed class LineMap
{
    private readonly ImmutableArray<int> _lineStarts;
    private readonly int _length;

    private LineMap(ImmutableArray<int> lineStarts, int length)
    {
        _lineStarts = lineStarts;
        _length = length;
    }

    /// <summary>How many lines the text has (an empty text has one).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Builds the map for <paramref name="text"/>.</summary>
    public static LineMap Create(string text)
    {
        var starts = ImmutableArray.CreateBuilder<int>();
        starts.Add(0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        return new LineMap(starts.ToImmutable(), text.Length);
    }

    /// <summary>The offset at which 1-based <paramref name="line"/> starts.</summary>
    public int LineStart(int line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(line, LineCount);
        return _lineStarts[line - 1];
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/> (0 ≤ offset ≤ length).</summary>
    public LinePosition GetPosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, _length);
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new LinePosition(index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>The offset of a 1-based line and column.</summary>
    public int GetOffset(LinePosition position)
    {
        var start = LineStart(position.Line);
        var offset = start + position.Column - 1;
        ArgumentOutOfRangeException.ThrowIfLessThan(position.Column, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, _length);
        return offset;
    }
}
