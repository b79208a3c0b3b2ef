using System.Collections.Immutable;
using Proofread.Documents;

namespace Proofread.Evaluation;

/// <summary>Cuts a text into passages of about N words, at sentence boundaries.</summary>
public static class PassageSplitter
{
    /// <summary>
    /// Passages of at least <paramref name="words"/> words (whole sentences); a remainder shorter
    /// than half a passage is dropped so every passage is comparable.
    /// </summary>
    public static ImmutableArray<string> Split(string text, int words)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(words, 1);
        var document = Document.FromPlainText(text);
        var result = ImmutableArray.CreateBuilder<string>();
        int start = -1, count = 0, end = 0;
        foreach (var sentence in document.Sentences)
        {
            if (start < 0)
            {
                start = sentence.Span.Start;
            }

            end = sentence.Span.End;
            foreach (var token in document.TokensOf(sentence))
            {
                if (token.Kind is Analysis.TokenKind.Word or Analysis.TokenKind.Number)
                {
                    count++;
                }
            }

            if (count >= words)
            {
                result.Add(text[start..end]);
                start = -1;
                count = 0;
            }
        }

        if (start >= 0 && count * 2 >= words)
        {
            result.Add(text[start..end]);
        }

        return result.ToImmutable();
    }
}
