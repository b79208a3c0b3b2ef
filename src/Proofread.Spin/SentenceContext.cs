using Proofread.Analysis;
using Proofread.Language.Modeling;
using Proofread.Language.Tagging;

namespace Proofread.Spin;

/// <summary>One sentence as the detector sees it: tokens, lower-cased words, model ids and tags.</summary>
internal sealed class SentenceContext
{
    public SentenceContext(Token[] tokens, UniversalTag[] tags, NGramModel language)
    {
        Tokens = tokens;
        Tags = tags;
        Lower = new string[tokens.Length];
        Ids = new int[tokens.Length + 2];
        Ids[0] = NGramVocabulary.StartId;
        Ids[^1] = NGramVocabulary.EndId;
        for (var i = 0; i < tokens.Length; i++)
        {
            Lower[i] = tokens[i].Text.ToLowerInvariant();
            Ids[i + 1] = language.WordId(tokens[i].Text);
        }
    }

    public Token[] Tokens { get; }

    public UniversalTag[] Tags { get; }

    /// <summary>Lower-cased token texts.</summary>
    public string[] Lower { get; }

    /// <summary>Model ids with &lt;s&gt; at 0 and &lt;/s&gt; last: token i is at i + 1.</summary>
    public int[] Ids { get; }

    public int Count => Tokens.Length;

    public string Join(int start, int length) => length == 1 ? Lower[start] : string.Join(' ', Lower, start, length);
}
