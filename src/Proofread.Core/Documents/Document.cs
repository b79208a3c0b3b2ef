using System.Collections.Immutable;
using Proofread.Analysis;
using Proofread.Text;

namespace Proofread.Documents;

/// <summary>
/// A file ready for analysers: its source text, which parts are prose, and the tokens and
/// sentences of that prose. Immutable and safe to share across threads.
/// </summary>
public sealed class Document
{
    private Document(string path, SourceText source, DocumentKind kind, ProseLayout prose, TextAnnotation annotation)
    {
        Path = path;
        Source = source;
        Kind = kind;
        Prose = prose;
        Tokens = annotation.Tokens;
        Sentences = annotation.Sentences;
        WordCount = annotation.WordCount;
    }

    /// <summary>The path as the user gave it ("-" for standard input).</summary>
    public string Path { get; }

    /// <summary>The decoded text and how to write it back.</summary>
    public SourceText Source { get; }

    /// <summary>The decoded text.</summary>
    public string Text => Source.Text;

    /// <summary>Plain text or Markdown.</summary>
    public DocumentKind Kind { get; }

    /// <summary>Which parts of the text are prose.</summary>
    public ProseLayout Prose { get; }

    /// <summary>Tokens of the prose, in order, with exact offsets into <see cref="Text"/>.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Sentences of the prose, in order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Words in the prose (clitics count as part of their word).</summary>
    public int WordCount { get; }

    /// <summary>The tokens of one sentence.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);

    /// <summary>Annotates <paramref name="source"/> laid out as <paramref name="prose"/>.</summary>
    public static Document Create(string path, SourceText source, DocumentKind kind, ProseLayout prose)
    {
        if (prose.ProseText.Length != source.Length)
        {
            throw new ArgumentException("The prose layout must have exactly the length of the source text.", nameof(prose));
        }

        return new Document(path, source, kind, prose, TextAnnotator.Annotate(prose));
    }

    /// <summary>A plain-text document, for tests and callers that hold text in memory.</summary>
    public static Document FromPlainText(string text, string path = "<text>") =>
        Create(path, new SourceText(text), DocumentKind.PlainText, ProseLayout.ForPlainText(text));
}
