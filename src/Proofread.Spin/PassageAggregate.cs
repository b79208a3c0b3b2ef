using Proofread.Language.Modeling;

namespace Proofread.Spin;

/// <summary>Collects a text's spin evidence, sentence by sentence, into the <see cref="PassageScorer"/>'s features.</summary>
internal sealed class PassageAggregate
{
    private readonly List<double> _positions = [];
    private int _confident;
    private int _possible;
    private double _logProb;
    private int _tokens;
    private int _content;
    private int _unattested;

    public void Add(SentenceContext sentence, List<SpinSpan> chosen, NGramModel language)
    {
        foreach (var span in chosen)
        {
            _positions.Add(span.Probability);
            _confident += span.Probability >= 0.5 ? 1 : 0;
            _possible += span.Probability >= 0.2 ? 1 : 0;
        }

        _logProb += language.SentenceLogProb(sentence.Ids);
        _tokens += sentence.Count + 1;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (CandidateGenerator.ContentPos(sentence.Tags[i]) is not null && CandidateGenerator.IsWord(sentence.Tokens[i]))
            {
                _content++;
                var left = sentence.Ids.AsSpan(i, 1);
                _unattested += language.MatchedOrder(left, sentence.Ids[i + 1]) < 2 ? 1 : 0;
            }
        }

    }

    public double[] Features(int words)
    {
        var perWord = Math.Max(1, words);
        var content = Math.Max(1, _content);
        var ranked = _positions.OrderDescending().ToList();
        var decile = Math.Max(1, content / 10);
        return
        [
            (double)_confident / perWord,
            _positions.Sum() / content,
            ranked.Take(decile).Sum() / decile,
            100.0 * _possible / perWord,
            _tokens == 0 ? 0 : _logProb / _tokens,
            (double)_unattested / content,
        ];
    }
}
