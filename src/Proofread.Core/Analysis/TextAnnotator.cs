using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Proofread.Documents;

namespace Proofread.Analysis;

/// <summary>Tokenises and segments the prose blocks of a layout.</summary>
public static class TextAnnotator
{
    private const int MaxKeptTokens = 1 << 20;

    [ThreadStatic]
    private static List<Token>? t_tokens;

    [ThreadStatic]
    private static List<Sentence>? t_sentences;

    /// <summary>
    /// Annotates every prose block of <paramref name="prose"/>: tokens (see <see cref="Tokenizer"/>)
    /// and sentences (see <see cref="SentenceSegmenter"/>); sentences never cross a block.
    /// The word count counts word and number tokens; clitics, URLs and e-mail addresses are not words.
    /// </summary>
    public static TextAnnotation Annotate(ProseLayout prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var text = prose.ProseText;

        // Scratch lists are reused per thread so that a call allocates only the token strings and
        // the two exact-size result arrays.
        var tokens = t_tokens ??= new List<Token>(1024);
        var sentences = t_sentences ??= new List<Sentence>(64);
        tokens.Clear();
        sentences.Clear();
        var words = 0;
        foreach (var block in prose.Blocks)
        {
            var first = tokens.Count;
            words += Tokenizer.Tokenize(text, block, tokens);
            SentenceSegmenter.Segment(CollectionsMarshal.AsSpan(tokens)[first..], first, sentences);
        }

        var annotation = new TextAnnotation(
            ImmutableArray.Create(CollectionsMarshal.AsSpan(tokens)),
            ImmutableArray.Create(CollectionsMarshal.AsSpan(sentences)),
            words);

        // Drop the token strings, and do not keep a huge buffer alive after one huge document.
        tokens.Clear();
        if (tokens.Capacity > MaxKeptTokens)
        {
            t_tokens = null;
            t_sentences = null;
        }

        return annotation;
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
