using System.Buffers;
using System.Collections.Immutable;
using Proofread.Text;

namespace Proofread.Documents;

/// <summary>
/// Which parts of a text are prose. <see cref="ProseText"/> has exactly the length of the
/// original text, with every non-prose character replaced by a space (line breaks are kept),
/// so that every offset found in it is also an offset in the file. Sentences never cross a
/// block boundary (paragraph, heading, list item, table cell).
/// </summary>
public sealed record ProseLayout(string ProseText, ImmutableArray<TextSpan> Blocks)
{
    /// <summary>
    /// The layout of plain text: all of it is prose. Blocks are paragraphs split at blank lines,
    /// trimmed of surrounding white space; a paragraph also ends after a title-like line (one less
    /// than half as long as the line after it and not ending in a comma or hyphen, such as a headline
    /// or a dateline over a hard-wrapped body), and before a line that starts with a list bullet
    /// ("- ", "* ", "• ", "1. ", "2) "), so that a sentence never runs from a title into the text.
    /// </summary>
    public static ProseLayout ForPlainText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = ImmutableArray.CreateBuilder<TextSpan>();
        var blockStart = -1;
        var blockEnd = 0;
        var previousLength = 0;
        var previousEndsSoft = false;
        var lineStart = 0;
        while (true)
        {
            var lineEnd = lineStart;
            while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r'))
            {
                lineEnd++;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var first = line.IndexOfAnyExcept(WhiteSpace);
            if (first < 0)
            {
                // A blank line ends the paragraph.
                if (blockStart >= 0)
                {
                    blocks.Add(TextSpan.FromBounds(blockStart, blockEnd));
                    blockStart = -1;
                }
            }
            else
            {
                var last = line.LastIndexOfAnyExcept(WhiteSpace);
                var trimmed = line[first..(last + 1)];
                var breaksBefore = blockStart >= 0
                    && ((!previousEndsSoft && previousLength * 2 < trimmed.Length) || StartsWithBullet(trimmed));
                if (breaksBefore)
                {
                    blocks.Add(TextSpan.FromBounds(blockStart, blockEnd));
                    blockStart = -1;
                }

                if (blockStart < 0)
                {
                    blockStart = lineStart + first;
                }

                blockEnd = lineStart + last + 1;
                previousLength = trimmed.Length;
                previousEndsSoft = trimmed[^1] is ',' or '-' or '\u2010' or '\u2013' or '\u2014';
            }

            if (lineEnd >= text.Length)
            {
                break;
            }

            lineStart = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        if (blockStart >= 0)
        {
            blocks.Add(TextSpan.FromBounds(blockStart, blockEnd));
        }

        return new ProseLayout(text, blocks.ToImmutable());
    }

    // White space inside a line (line breaks are handled by the caller).
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(" \t\f\v\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\u0085\u2028\u2029");

    private static bool StartsWithBullet(ReadOnlySpan<char> line)
    {
        if (line.Length >= 2 && line[0] is '-' or '*' or '+' or '\u2022' && line[1] is ' ' or '\t')
        {
            return true;
        }

        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && line.Length > digits + 1 && line[digits] is '.' or ')' && line[digits + 1] is ' ' or '\t';
    }
}
