using System.Buffers;
using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Proofread.Text;

namespace Proofread.Documents;

/// <summary>
/// Finds the prose of a CommonMark document (with pipe tables, YAML or TOML front matter and bare
/// URLs): the text of paragraphs, headings, list items, block quotes and table cells, with emphasis
/// content and link text. Everything else is masked with spaces, so offsets stay the file's offsets.
/// </summary>
/// <remarks>
/// The layout starts fully masked and only the source characters of literal text inside prose
/// blocks are revealed, so markup the walker does not know about stays masked rather than leaking
/// into the prose. Masked: code blocks and code spans, HTML, autolinks and bare URLs, link
/// destinations and titles, images, link reference definitions, front matter, block markers,
/// emphasis markers, the backslash of an escape or a hard break, and character entities.
/// </remarks>
public static class MarkdownProse
{
    // Built once: a pipeline is immutable and safe to share across threads.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseAutoLinks()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>The prose layout of the Markdown <paramref name="text"/>.</summary>
    public static ProseLayout Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prose = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            prose[i] = text[i] is '\r' or '\n' ? text[i] : ' ';
        }

        // Decoded files carry no byte-order mark, but text from elsewhere may: it is masked, and
        // parsing starts after it so that front matter on the first line is still recognised.
        var start = text.StartsWith('\uFEFF') ? 1 : 0;

        // Markdig knows YAML front matter only; TOML front matter is blanked (length kept) before parsing
        // so that Markdig sees blank lines there and every later offset is unchanged.
        var tomlEnd = TomlFrontMatterEnd(text, start);
        var parsed = tomlEnd > 0 ? string.Concat(new string(prose, 0, tomlEnd), text.AsSpan(tomlEnd)) : text;

        var blocks = ImmutableArray.CreateBuilder<TextSpan>();
        var walker = new Walker(text, prose, blocks);
        var chunks = ChunksAtBlankLines(parsed, start, parsed.Length).ToList();
        if (!chunks.Exists(chunk => IsEmphasisHeavy(parsed, chunk)))
        {
            ParseRegion(walker, parsed, start, parsed.Length, Fallback.SplitAtBlankLines);
        }
        else
        {
            // Markdig's time grows with length times emphasis markers in a paragraph, so a chunk with
            // thousands of them (a megabyte-long line of styled text) is parsed piece by piece.
            foreach (var chunk in chunks)
            {
                if (IsEmphasisHeavy(parsed, chunk))
                {
                    foreach (var (pieceStart, pieceEnd) in Pieces(parsed, chunk.Start, chunk.End))
                    {
                        ParseRegion(walker, parsed, pieceStart, pieceEnd, Fallback.Mask);
                    }
                }
                else
                {
                    ParseRegion(walker, parsed, chunk.Start, chunk.End, Fallback.SplitIntoPieces);
                }
            }
        }

        return new ProseLayout(new string(prose), blocks.ToImmutable());
    }

    // The longest piece a paragraph Markdig refuses is cut into; well under what its depth limit allows.
    private const int PieceLength = 2000;

    // More emphasis markers than this in one blank-line separated chunk make Markdig slow (about
    // 0.1 s at this count, growing with the chunk's length times the count).
    private const int MaxEmphasisMarkers = 1000;

    private static readonly SearchValues<char> EmphasisMarkers = SearchValues.Create("*_~");

    private static bool IsEmphasisHeavy(string text, (int Start, int End) chunk)
    {
        var span = text.AsSpan(chunk.Start, chunk.End - chunk.Start);
        if (span.Length <= MaxEmphasisMarkers)
        {
            return false;
        }

        var count = 0;
        for (var at = span.IndexOfAny(EmphasisMarkers); at >= 0; at = span.IndexOfAny(EmphasisMarkers))
        {
            if (++count > MaxEmphasisMarkers)
            {
                return true;
            }

            span = span[(at + 1)..];
        }

        return false;
    }

    private enum Fallback
    {
        SplitAtBlankLines,
        SplitIntoPieces,
        Mask,
    }

    /// <summary>
    /// Parses parsed[start..end) and reveals its prose. Markdig refuses input nested too deeply
    /// (thousands of unclosed brackets, or thousands of emphasis spans in one paragraph); such a
    /// region is parsed again in smaller parts: first its blank-line separated chunks, then pieces
    /// of a chunk cut after sentence ends, and a piece it still refuses stays masked.
    /// </summary>
    private static void ParseRegion(Walker walker, string parsed, int start, int end, Fallback fallback)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(start == 0 && end == parsed.Length ? parsed : parsed[start..end], Pipeline);
        }
        catch (ArgumentException)
        {
            switch (fallback)
            {
                case Fallback.SplitAtBlankLines:
                    foreach (var (chunkStart, chunkEnd) in ChunksAtBlankLines(parsed, start, end))
                    {
                        ParseRegion(walker, parsed, chunkStart, chunkEnd, Fallback.SplitIntoPieces);
                    }

                    break;
                case Fallback.SplitIntoPieces:
                    foreach (var (pieceStart, pieceEnd) in Pieces(parsed, start, end))
                    {
                        ParseRegion(walker, parsed, pieceStart, pieceEnd, Fallback.Mask);
                    }

                    break;
                default:
                    break;
            }

            return;
        }

        walker.Visit(document, start);
    }

    private static IEnumerable<(int Start, int End)> ChunksAtBlankLines(string text, int start, int end)
    {
        var chunkStart = -1;
        var lineStart = start;
        while (lineStart < end)
        {
            var lineEnd = Math.Min(LineEnd(text, lineStart), end);
            var blank = text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace();
            if (!blank && chunkStart < 0)
            {
                chunkStart = lineStart;
            }
            else if (blank && chunkStart >= 0)
            {
                yield return (chunkStart, lineStart);
                chunkStart = -1;
            }

            lineStart = Math.Min(NextLine(text, lineEnd), end);
            if (lineEnd >= end)
            {
                break;
            }
        }

        if (chunkStart >= 0)
        {
            yield return (chunkStart, end);
        }
    }

    private static IEnumerable<(int Start, int End)> Pieces(string text, int start, int end)
    {
        while (end - start > PieceLength)
        {
            var window = text.AsSpan(start, PieceLength);

            // Cut after a sentence end if there is one, else at any white space, else anywhere but
            // inside a surrogate pair.
            var cut = -1;
            for (var i = window.Length - 1; i > 0 && cut < 0; i--)
            {
                if (char.IsWhiteSpace(window[i]) && window[i - 1] is '.' or '!' or '?')
                {
                    cut = i;
                }
            }

            if (cut < 0)
            {
                cut = window.LastIndexOfAny(' ', '\t', '\n');
            }

            if (cut <= 0)
            {
                cut = char.IsLowSurrogate(window[^1]) ? window.Length - 2 : window.Length - 1;
            }

            yield return (start, start + cut);
            start += cut;
        }

        yield return (start, end);
    }

    /// <summary>
    /// The end of a TOML front matter block ("+++" on the first line up to and including the next
    /// "+++" line), or 0 when there is none.
    /// </summary>
    private static int TomlFrontMatterEnd(string text, int start)
    {
        var firstEnd = LineEnd(text, start);
        if (!IsTomlFence(text.AsSpan(start, firstEnd - start)))
        {
            return 0;
        }

        var lineStart = NextLine(text, firstEnd);
        while (lineStart < text.Length)
        {
            var lineEnd = LineEnd(text, lineStart);
            if (IsTomlFence(text.AsSpan(lineStart, lineEnd - lineStart)))
            {
                return lineEnd;
            }

            lineStart = NextLine(text, lineEnd);
        }

        return 0;
    }

    private static bool IsTomlFence(ReadOnlySpan<char> line) => line.TrimEnd(" \t").SequenceEqual("+++");

    private static int LineEnd(string text, int start)
    {
        var end = text.AsSpan(start).IndexOfAny('\r', '\n');
        return end < 0 ? text.Length : start + end;
    }

    private static int NextLine(string text, int lineEnd) =>
        lineEnd >= text.Length ? text.Length
        : text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2
        : lineEnd + 1;

    /// <summary>Reveals the prose of parsed documents, checking every span Markdig reports against the source.</summary>
    private sealed class Walker(string text, char[] prose, ImmutableArray<TextSpan>.Builder blocks)
    {
        private readonly Stack<Block> _blockStack = new();
        private readonly Stack<Inline> _inlineStack = new();

        // Where the document being walked starts in the text, and the end of the last block found.
        private int _offset;
        private int _revealedEnd;

        // Within the leaf being walked: where the next literal may start, and the revealed range.
        private int _cursor;
        private int _leafEnd;
        private int _first;
        private int _last;

        /// <summary>Walks <paramref name="document"/>, parsed from the text starting at <paramref name="offset"/>.</summary>
        public void Visit(MarkdownDocument document, int offset)
        {
            _offset = offset;

            // Iterative, in document order: nesting depth must not be able to overflow the stack.
            _blockStack.Clear();
            PushChildren(document);
            while (_blockStack.TryPop(out var block))
            {
                switch (block)
                {
                    // Prose leaves: a paragraph (also inside list items, quotes and table cells) or a heading.
                    case ParagraphBlock or HeadingBlock:
                        VisitLeaf((LeafBlock)block);
                        break;

                    // Containers whose content may be prose: list, list item, quote, table, row, cell.
                    case ListBlock or ListItemBlock or QuoteBlock or Table or TableRow or TableCell:
                        PushChildren((ContainerBlock)block);
                        break;

                    // Everything else stays masked: code, HTML, front matter, thematic breaks,
                    // link reference definitions, and any block type an extension may add.
                    default:
                        break;
                }
            }
        }

        private void PushChildren(ContainerBlock container)
        {
            for (var i = container.Count - 1; i >= 0; i--)
            {
                // Markdig sometimes leaves the paragraph a pipe table was made from next to the table;
                // the table is what counts.
                if (container[i] is ParagraphBlock paragraph && i + 1 < container.Count
                    && container[i + 1] is Table table && table.Span.Start == paragraph.Span.Start)
                {
                    continue;
                }

                _blockStack.Push(container[i]);
            }
        }

        private void VisitLeaf(LeafBlock leaf)
        {
            if (leaf.Inline is null)
            {
                return;
            }

            // Literals are revealed in order and never before the prose already revealed, so blocks
            // stay ordered and disjoint even where Markdig's spans are wrong.
            _cursor = Math.Max(_revealedEnd, _offset + Math.Max(0, leaf.Span.Start));
            _leafEnd = Math.Min(text.Length, _offset + leaf.Span.End + 1);
            _first = int.MaxValue;
            _last = -1;
            _inlineStack.Clear();
            PushChildren(leaf.Inline);
            while (_inlineStack.TryPop(out var inline))
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        Reveal(literal.Span, literal.Content.AsSpan(), literal.IsFirstCharacterEscaped);
                        break;

                    // Images are masked whole (alt text included); so are bare URLs, which the
                    // autolink extension turns into links whose text is the URL itself.
                    case LinkInline link when link.IsImage || link.IsAutoLink:
                        break;

                    // An unmatched "[" or "![" stays in the tree as a delimiter holding the text after it:
                    // the bracket is literal text, and so is what follows.
                    case DelimiterInline delimiter:
                        Reveal(delimiter.Span, delimiter.ToLiteral(), escaped: false);
                        PushChildren(delimiter);
                        break;

                    // Link text, emphasis and any other container: the markers, destination and title
                    // are not children; the content is.
                    case ContainerInline container:
                        PushChildren(container);
                        break;

                    // Code spans, autolinks, HTML, entities and line breaks stay masked.
                    default:
                        break;
                }
            }

            if (_last >= _first)
            {
                blocks.Add(TextSpan.FromBounds(_first, _last + 1));
                _revealedEnd = _last + 1;
            }
        }

        private void PushChildren(ContainerInline container)
        {
            // Inline children form a linked list; collect them to push in reverse.
            var buffer = new List<Inline>();
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                buffer.Add(child);
            }

            for (var i = buffer.Count - 1; i >= 0; i--)
            {
                _inlineStack.Push(buffer[i]);
            }

        }

        /// <summary>
        /// Reveals the source characters of a literal whose text is <paramref name="content"/>. Markdig's
        /// span is used when the source really holds that text there (an escaped literal's span also
        /// covers its backslash); otherwise (Markdig misplaces spans after a tab in some lines) the text
        /// is looked for from the end of the previous literal of the leaf; if it is not found, it stays masked.
        /// </summary>
        private void Reveal(SourceSpan span, ReadOnlySpan<char> content, bool escaped)
        {
            if (content.IsEmpty)
            {
                return;
            }

            var start = -1;
            if (!span.IsEmpty && span.Start >= 0)
            {
                var candidate = _offset + span.Start + (escaped ? 1 : 0);
                var before = _offset + span.Start;
                if (candidate >= _cursor
                    && candidate + content.Length <= text.Length
                    && (!escaped || text[before] == '\\')
                    && text.AsSpan(candidate, content.Length).SequenceEqual(content))
                {
                    start = candidate;
                }
            }

            if (start < 0 && _cursor < _leafEnd)
            {
                var found = text.AsSpan(_cursor, _leafEnd - _cursor).IndexOf(content);
                if (found >= 0)
                {
                    start = _cursor + found;
                }
            }

            if (start < 0)
            {
                return;
            }

            var end = start + content.Length;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c is '\r' or '\n')
                {
                    continue;
                }

                prose[i] = c;
                if (!char.IsWhiteSpace(c))
                {
                    _first = Math.Min(_first, i);
                    _last = Math.Max(_last, i);
                }
            }

            _cursor = end;
        }
    }
}
