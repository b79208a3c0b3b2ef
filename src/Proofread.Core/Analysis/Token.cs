using Proofread.Text;

namespace Proofread.Analysis;

/// <summary>A token of a document: its exact span in the decoded text, kind, case and text.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind, LetterCase Case, string Text)
{
    /// <summary>Whether the token is a word or the clitic half of one.</summary>
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Clitic;
}
