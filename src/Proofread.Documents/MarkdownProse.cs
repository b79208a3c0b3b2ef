using System.Collections.Immutable;
using Markdig;
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
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
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

        // Markdig knows YAML front matter only; TOML front matter is blanked (length kept) before parsing
        // so that Markdig sees blank lines there and every later offset is unchanged.
        var tomlEnd = TomlFrontMatterEnd(text);
        var parsed = tomlEnd > 0 ? string.Concat(new string(prose, 0, tomlEnd), text.AsSpan(tomlEnd)) : text;

        var blocks = ImmutableArray.CreateBuilder<TextSpan>();
        var walker = new Walker(text, prose, blocks);
        walker.VisitBlocks(Markdown.Parse(parsed, Pipeline));
        return new ProseLayout(new string(prose), blocks.ToImmutable());
    }

    /// <summary>
    /// The end of a TOML front matter block ("+++" on the first line up to and including the next
    /// "+++" line), or 0 when there is none.
    /// </summary>
    private static int TomlFrontMatterEnd(string text)
    {
        var firstEnd = LineEnd(text, 0);
        if (!IsTomlFence(text.AsSpan(0, firstEnd)))
        {
            return 0;
        }

        var start = NextLine(text, firstEnd);
        while (start < text.Length)
        {
            var end = LineEnd(text, start);
            if (IsTomlFence(text.AsSpan(start, end - start)))
            {
                return end;
            }

            start = NextLine(text, end);
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

    private sealed class Walker(string text, char[] prose, ImmutableArray<TextSpan>.Builder blocks)
    {
        // The revealed range of the leaf block being visited.
        private int _first;
        private int _last;

        public void VisitBlocks(ContainerBlock container)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    // Prose leaves: a paragraph (also inside list items, quotes and table cells) or a heading.
                    case ParagraphBlock or HeadingBlock:
                        VisitLeaf((LeafBlock)block);
                        break;

                    // Containers whose content may be prose: list, list item, quote, table, row, cell.
                    case ListBlock or ListItemBlock or QuoteBlock or Table or TableRow or TableCell:
                        VisitBlocks((ContainerBlock)block);
                        break;

                    // Everything else stays masked: code, HTML, front matter, thematic breaks,
                    // link reference definitions, and any block type an extension may add.
                    default:
                        break;
                }
            }
        }

        private void VisitLeaf(LeafBlock leaf)
        {
            if (leaf.Inline is null)
            {
                return;
            }

            _first = int.MaxValue;
            _last = -1;
            VisitInlines(leaf.Inline);
            if (_last >= _first)
            {
                blocks.Add(TextSpan.FromBounds(_first, _last + 1));
            }
        }

        private void VisitInlines(ContainerInline container)
        {
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        Reveal(literal);
                        break;

                    // Images are masked whole (alt text included); so are bare URLs, which the
                    // autolink extension turns into links whose text is the URL itself.
                    case LinkInline link when link.IsImage || link.IsAutoLink:
                        break;

                    // Link text is prose; the destination, title and reference label are not children.
                    case LinkInline link:
                        VisitInlines(link);
                        break;

                    case EmphasisInline emphasis:
                        VisitInlines(emphasis);
                        break;

                    // Code spans, autolinks, HTML, entities and line breaks stay masked.
                    default:
                        break;
                }
            }
        }

        private void Reveal(LiteralInline literal)
        {
            var span = literal.Span;
            if (span.IsEmpty || span.Start < 0 || span.End >= text.Length)
            {
                return;
            }

            var start = span.Start;
            var end = span.End + 1; // Markdig spans include their last character.
            if (literal.IsFirstCharacterEscaped && text[start] == '\\')
            {
                start++; // The backslash of an escape is markup.
            }

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
        }
    }
}
