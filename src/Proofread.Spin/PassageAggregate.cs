namespace Proofread.Spin;

/// <summary>Collects a text's spin evidence, sentence by sentence, into the <see cref="PassageScorer"/>'s features.</summary>
internal sealed class PassageAggregate
{
    private readonly List<double> _positions = [];
    private int _confident;
    private int _possible;

    public void Add(List<SpinSpan> chosen)
    {
        foreach (var span in chosen)
        {
            _positions.Add(span.Probability);
            _confident += span.Probability >= 0.5 ? 1 : 0;
            _possible += span.Probability >= 0.2 ? 1 : 0;
        }
    }

    public double[] Features(int words, DocumentStatistics statistics)
    {
        var perWord = Math.Max(1, words);
        var content = Math.Max(1, statistics.ContentWords);
        var ranked = _positions.OrderDescending().ToList();
        var decile = Math.Max(1, content / 10);
        return
        [
            (double)_confident / perWord,
            _positions.Sum() / content,
            ranked.Take(decile).Sum() / decile,
            100.0 * _possible / perWord,
            statistics.LogProbPerToken,
            statistics.UnattestedShare,
        ];
    }
}
