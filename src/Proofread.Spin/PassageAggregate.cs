namespace Proofread.Spin;

/// <summary>Collects a text's spin evidence, sentence by sentence, into the <see cref="PassageScorer"/>'s features.</summary>
internal sealed class PassageAggregate
{
    private readonly List<double> _positions = [];
    private readonly List<double> _firstPass = [];
    private int _confident;
    private int _possible;
    private int _firstPassPossible;

    public void Add(List<SpinSpan> chosen)
    {
        foreach (var span in chosen)
        {
            _positions.Add(span.Probability);
            _confident += span.Probability >= 0.5 ? 1 : 0;
            _possible += span.Probability >= 0.2 ? 1 : 0;
        }
    }

    // The first pass's verdicts too: the refiner damps every span of a text whose first pass found
    // little, so in prose unlike the training texts it can hide the spin the first pass saw.
    public void AddFirstPass(List<SpinSpan> chosen)
    {
        foreach (var span in chosen)
        {
            _firstPass.Add(span.Probability);
            _firstPassPossible += span.Probability >= 0.2 ? 1 : 0;
        }
    }

    public double[] Features(int words, DocumentStatistics statistics)
    {
        var perWord = Math.Max(1, words);
        var content = Math.Max(1, statistics.ContentWords);
        var ranked = _positions.OrderDescending().ToList();
        var firstRanked = _firstPass.OrderDescending().ToList();
        var decile = Math.Max(1, content / 10);
        return
        [
            (double)_confident / perWord,
            _positions.Sum() / content,
            ranked.Take(decile).Sum() / decile,
            100.0 * _possible / perWord,
            statistics.LogProbPerToken,
            statistics.UnattestedShare,
            _firstPass.Sum() / content,
            firstRanked.Take(decile).Sum() / decile,
            100.0 * _firstPassPossible / perWord,
        ];
    }
}
