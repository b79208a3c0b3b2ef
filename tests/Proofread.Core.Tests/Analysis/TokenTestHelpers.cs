using Proofread.Analysis;

namespace Proofread.Core.Tests.Analysis;

/// <summary>Renders tokens as "text/K" (W word, C clitic, N number, P punctuation, S symbol, U url, E e-mail).</summary>
internal static class TokenTestHelpers
{
    public static string Render(IEnumerable<Token> tokens) => string.Join(" ", tokens.Select(t => t.Text + "/" + Code(t.Kind)));

    public static char Code(TokenKind kind) => kind switch
    {
        TokenKind.Word => 'W',
        TokenKind.Clitic => 'C',
        TokenKind.Number => 'N',
        TokenKind.Punctuation => 'P',
        TokenKind.Symbol => 'S',
        TokenKind.Url => 'U',
        TokenKind.Email => 'E',
        _ => '?',
    };
}
