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
    /// <summary>The layout of plain text: all of it is prose, in paragraphs split at blank lines.</summary>
    public static ProseLayout ForPlainText(string text)
    {
        var blocks = ImmutableArray.CreateBuilder<TextSpan>();
        var lineStart = 0;
        var blockStart = -1;
        var blockEnd = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = lineStart;
            while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r'))
            {
                lineEnd++;
            }

            var blank = text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace();
            if (blank)
            {
                if (blockStart >= 0)
                {
                    blocks.Add(TextSpan.FromBounds(blockStart, blockEnd));
                    blockStart = -1;
                }
            }
            else
            {
                if (blockStart < 0)
                {
                    blockStart = lineStart;
                }

                blockEnd = lineEnd;
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
}
