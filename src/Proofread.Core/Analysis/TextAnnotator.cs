using System.Collections.Immutable;
using Proofread.Documents;
using Proofread.Text;

namespace Proofread.Analysis;

/// <summary>Tokenises and segments the prose blocks of a layout.</summary>
public static class TextAnnotator
{
    /// <summary>Annotates every prose block of <paramref name="prose"/>.</summary>
    public static TextAnnotation Annotate(ProseLayout prose)
    {
        // Placeholder segmentation (one sentence per block, letters/digits/other) until the real
        // tokenizer and segmenter land.
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var words = 0;
        var text = prose.ProseText;
        foreach (var block in prose.Blocks)
        {
            var first = tokens.Count;
            var i = block.Start;
            while (i < block.End)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                var start = i;
                TokenKind kind;
                if (char.IsLetter(c))
                {
                    while (i < block.End && (char.IsLetter(text[i]) || (text[i] is '-' or '\'' && i + 1 < block.End && char.IsLetter(text[i + 1]))))
                    {
                        i++;
                    }

                    kind = TokenKind.Word;
                    words++;
                }
                else if (char.IsDigit(c))
                {
                    while (i < block.End && char.IsDigit(text[i]))
                    {
                        i++;
                    }

                    kind = TokenKind.Number;
                    words++;
                }
                else
                {
                    i++;
                    kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                }

                var tokenText = text[start..i];
                tokens.Add(new Token(TextSpan.FromBounds(start, i), kind, CaseOf(tokenText), tokenText));
            }

            if (tokens.Count > first)
            {
                sentences.Add(new Sentence(block, first, tokens.Count - first));
            }
        }

        return new TextAnnotation(tokens.ToImmutable(), sentences.ToImmutable(), words);
    }

    /// <summary>The capitalisation shape of <paramref name="text"/>.</summary>
    public static LetterCase CaseOf(ReadOnlySpan<char> text)
    {
        int upper = 0, lower = 0;
        var firstUpper = false;
        var seenCased = false;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                if (!seenCased)
                {
                    firstUpper = true;
                }

                upper++;
                seenCased = true;
            }
            else if (char.IsLower(c))
            {
                lower++;
                seenCased = true;
            }
        }

        if (upper == 0 && lower == 0)
        {
            return LetterCase.None;
        }

        if (upper == 0)
        {
            return LetterCase.Lower;
        }

        if (firstUpper && upper == 1)
        {
            return LetterCase.Title;
        }

        return lower == 0 ? LetterCase.Upper : LetterCase.Mixed;
    }
}
