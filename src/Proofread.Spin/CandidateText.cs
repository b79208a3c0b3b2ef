using Proofread.Language.Modeling;
using Proofread.Lexicon;

namespace Proofread.Spin;

/// <summary>
/// A candidate's wording with what depends on the wording alone: lower-case text, model ids, a
/// hash for de-duplication and (on first use) its corpus frequency and unigram probability. Built once per word type and
/// shared by every candidate with that wording (a long text repeats its words), never modified
/// apart from the idempotent memos.
/// </summary>
internal sealed class CandidateText
{
    private int _frequency = -1;
    private float _unigram = float.NaN;

    /// <summary>A wording already in lower case.</summary>
    public CandidateText(string text, NGramModel language)
    {
        Text = text;
        Hash = text.GetHashCode(StringComparison.Ordinal);
        var spaces = text.AsSpan().Count(' ');
        var ids = new int[spaces + 1];
        var rest = text.AsSpan();
        for (var k = 0; k < ids.Length; k++)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            ids[k] = language.WordId(word);
            rest = space < 0 ? [] : rest[(space + 1)..];
        }

        Ids = ids;
    }

    /// <summary>Lower-case words separated by single spaces.</summary>
    public string Text { get; }

    /// <summary>Model ids of the words (shared: never written).</summary>
    public int[] Ids { get; }

    /// <summary>An ordinal hash of <see cref="Text"/>.</summary>
    public int Hash { get; }

    /// <summary>The language model's unigram log10 probability of the first word, looked up once.</summary>
    public float UnigramLogProb(NGramModel language)
    {
        if (float.IsNaN(_unigram))
        {
            _unigram = language.LogProb([], Ids[0]);
        }

        return _unigram;
    }

    /// <summary>The word list's count of <see cref="Text"/>, looked up once.</summary>
    public int Frequency(WordFrequencies frequencies)
    {
        var n = _frequency;
        if (n < 0)
        {
            // A benign race: every thread computes the same value.
            _frequency = n = frequencies.Count(Text);
        }

        return n;
    }
}
