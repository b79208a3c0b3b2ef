using Proofread.Text;

namespace Proofread.Analysis;

/// <summary>A sentence: its span and the range of the document's tokens it holds.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>One past the index of the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
