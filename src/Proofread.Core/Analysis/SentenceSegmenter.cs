using System.Collections.Immutable;
using Proofread.Text;

namespace Proofread.Analysis;

/// <summary>
/// Splits the tokens of one block into sentences. A sentence ends after ".", "!", "?" or a run of
/// them ("?!", "...", ". . ."), together with the closing quotes and brackets that follow; the
/// end of the block always ends a sentence. Rules, in order:
/// <list type="bullet">
/// <item>"." "!" "?" end a sentence unless a lower-case word or "," ";" ":" follows
/// ("\"Why?\" she asked" is one sentence).</item>
/// <item>An ellipsis ends a sentence only before a capitalised word.</item>
/// <item>Abbreviations of the <see cref="AbbreviationKind.Inner"/> class, numeric ones ("No. 5")
/// and initials ("J. R. R. Tolkien") never end one.</item>
/// <item>A <see cref="AbbreviationKind.Final"/> abbreviation ("etc.", "Inc.", "U.S.", dotted forms)
/// ends one only when the next word is capitalised and is a listed sentence starter
/// ("... etc. The" splits; "U.S. President-elect" and "etc. Mary" do not). A missed boundary only
/// lengthens a sentence, which is the cheaper mistake for a proofreader.</item>
/// </list>
/// Decimals, URLs and e-mail addresses are single tokens, so their periods never end a sentence.
/// </summary>
public static class SentenceSegmenter
{
    private enum Stop
    {
        None,
        Abbreviation,
        Ellipsis,
        Full,
    }

    /// <summary>Segments <paramref name="tokens"/> as one block.</summary>
    public static ImmutableArray<Sentence> Segment(ImmutableArray<Token> tokens)
    {
        var sentences = new List<Sentence>();
        Segment(tokens.AsSpan(), 0, sentences);
        return [.. sentences];
    }

    /// <summary>
    /// Appends the sentences of one block's <paramref name="tokens"/> to <paramref name="sentences"/>;
    /// <paramref name="firstIndex"/> is the index of <paramref name="tokens"/>[0] in the document.
    /// Every token lands in exactly one sentence.
    /// </summary>
    public static void Segment(ReadOnlySpan<Token> tokens, int firstIndex, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var start = 0;
        var count = tokens.Length;
        for (var t = 0; t < count; t++)
        {
            var stop = StopOf(tokens[t]);
            if (stop == Stop.None)
            {
                continue;
            }

            var k = t + 1;
            while (k < count && StopOf(tokens[k]) is var more && more is Stop.Full or Stop.Ellipsis)
            {
                stop = more > stop ? more : stop;
                k++;
            }

            while (k < count && IsCloser(tokens[k], tokens[k - 1]))
            {
                k++;
            }

            if (k >= count)
            {
                break;
            }

            if (EndsSentence(stop, tokens, k))
            {
                Add(tokens, firstIndex, start, k, sentences);
                start = k;
            }

            t = k - 1;
        }

        if (start < count)
        {
            Add(tokens, firstIndex, start, count, sentences);
        }
    }

    private static void Add(ReadOnlySpan<Token> tokens, int firstIndex, int start, int end, List<Sentence> sentences) =>
        sentences.Add(new Sentence(
            TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End),
            firstIndex + start,
            end - start));

    private static Stop StopOf(in Token token)
    {
        var text = token.Text;
        switch (token.Kind)
        {
            case TokenKind.Punctuation:
                return text[0] switch
                {
                    '.' => text.Length == 1 ? Stop.Full : Stop.Ellipsis,
                    '\u2026' => Stop.Ellipsis,
                    '!' or '?' or '\u203D' => Stop.Full,
                    _ => Stop.None,
                };
            case TokenKind.Word when text.Length > 1 && text[^1] == '.':
                return Abbreviations.Lookup(text) switch
                {
                    AbbreviationKind.Final => Stop.Abbreviation,
                    AbbreviationKind.Inner or AbbreviationKind.Numeric => Stop.None,

                    // Unlisted: an initial ("J.") or a dotted form ("U.S.A.").
                    _ => text.Length == 2 ? Stop.None : Stop.Abbreviation,
                };
            default:
                return Stop.None;
        }
    }

    // Closing quotes and brackets after a stop belong to the sentence; straight quotes only when glued to it.
    private static bool IsCloser(in Token token, in Token previous) =>
        token.Kind == TokenKind.Punctuation && token.Text.Length == 1
        && (token.Text[0] is ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB' or '\u203A'
            || (token.Text[0] is '"' or '\'' && token.Span.Start == previous.Span.End));

    private static bool IsOpener(in Token token) =>
        token.Kind == TokenKind.Punctuation && token.Text.Length == 1
        && token.Text[0] is '(' or '[' or '{' or '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '\u2039';

    private static bool EndsSentence(Stop stop, ReadOnlySpan<Token> tokens, int next)
    {
        var following = tokens[next];
        if (stop == Stop.Full)
        {
            return !(following.Kind is TokenKind.Word or TokenKind.Clitic && following.Case == LetterCase.Lower)
                && !(following.Kind == TokenKind.Punctuation && following.Text is "," or ";" or ":");
        }

        while (next < tokens.Length - 1 && IsOpener(tokens[next]))
        {
            next++;
        }

        following = tokens[next];
        var capitalised = following.Kind == TokenKind.Word && following.Case is LetterCase.Title or LetterCase.Upper;
        return stop == Stop.Ellipsis
            ? capitalised
            : capitalised && Abbreviations.IsSentenceStarter(following.Text);
    }
}
