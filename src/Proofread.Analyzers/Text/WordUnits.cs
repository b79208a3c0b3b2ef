using Proofread.Analysis;
using Proofread.Documents;

namespace Proofread.Analyzers.Text;

/// <summary>
/// A word as analysers see it: one or more contiguous tokens glued by nothing, an inner hyphen
/// or an inner apostrophe ("well-being", "don't", "world's"), or a barrier (punctuation,
/// symbols, URLs) that no phrase may cross.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="IsBarrier">Whether the unit is punctuation or another non-word token.</param>
internal readonly record struct WordUnit(int Start, int End, bool IsBarrier)
{
    public int Length => End - Start;
}

/// <summary>
/// Turns a sentence's tokens into <see cref="WordUnit"/>s, so that analysers see the same words
/// whether the tokenizer keeps "well-being" or "don't" whole or splits them into parts.
/// </summary>
internal static class WordUnits
{
    /// <summary>Appends the units of <paramref name="sentence"/> to <paramref name="units"/>.</summary>
    public static void Collect(Document document, Sentence sentence, List<WordUnit> units)
    {
        var tokens = document.TokensOf(sentence);
        var open = false;
        int start = 0, end = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (IsWordPart(token.Kind))
            {
                if (open && token.Span.Start == end)
                {
                    end = token.Span.End;
                    continue;
                }

                if (open)
                {
                    units.Add(new WordUnit(start, end, false));
                }

                open = true;
                start = token.Span.Start;
                end = token.Span.End;
                continue;
            }

            // A lone hyphen or apostrophe glues two words only when nothing separates them.
            if (open
                && IsJoiner(token)
                && token.Span.Start == end
                && i + 1 < tokens.Length
                && IsWordPart(tokens[i + 1].Kind)
                && tokens[i + 1].Span.Start == token.Span.End)
            {
                end = token.Span.End;
                continue;
            }

            if (open)
            {
                units.Add(new WordUnit(start, end, false));
                open = false;
            }

            units.Add(new WordUnit(token.Span.Start, token.Span.End, true));
        }

        if (open)
        {
            units.Add(new WordUnit(start, end, false));
        }
    }

    /// <summary>Whether <paramref name="c"/> is a hyphen or apostrophe that may join word parts.</summary>
    public static bool IsJoinerChar(char c) => c is '-' or '\'' or '\u2019' or '\u2010' or '\u2011';

    /// <summary>The canonical form of a joiner character: ASCII hyphen or apostrophe.</summary>
    public static char Canonical(char c) => c switch
    {
        '\u2019' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => c,
    };

    private static bool IsWordPart(TokenKind kind) => kind is TokenKind.Word or TokenKind.Clitic or TokenKind.Number;

    private static bool IsJoiner(Token token) => token.Text.Length == 1 && IsJoinerChar(token.Text[0]);
}
