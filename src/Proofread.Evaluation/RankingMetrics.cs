namespace Proofread.Evaluation;

/// <summary>Threshold-free ranking figures for per-file or per-passage scores.</summary>
public static class RankingMetrics
{
    /// <summary>
    /// Area under the ROC curve: the probability that a random positive scores above a random
    /// negative, ties counting half (Mann–Whitney U). 0.5 when either side is empty.
    /// </summary>
    public static double Auc(IReadOnlyCollection<double> positives, IReadOnlyCollection<double> negatives)
    {
        if (positives.Count == 0 || negatives.Count == 0)
        {
            return 0.5;
        }

        var all = positives.Select(v => (Value: v, Positive: true))
            .Concat(negatives.Select(v => (Value: v, Positive: false)))
            .OrderBy(x => x.Value)
            .ToList();

        // Average ranks over ties, then U = sum of positive ranks - n+(n+ + 1)/2.
        double positiveRankSum = 0;
        var i = 0;
        while (i < all.Count)
        {
            var j = i;
            while (j + 1 < all.Count && all[j + 1].Value.Equals(all[i].Value))
            {
                j++;
            }

            var averageRank = (i + j + 2) / 2.0;
            for (var k = i; k <= j; k++)
            {
                if (all[k].Positive)
                {
                    positiveRankSum += averageRank;
                }
            }

            i = j + 1;
        }

        double np = positives.Count, nn = negatives.Count;
        return (positiveRankSum - (np * (np + 1) / 2)) / (np * nn);
    }

    /// <summary>Flags per 1,000 words.</summary>
    public static double PerThousandWords(int flags, int words) => words == 0 ? 0 : flags * 1000.0 / words;
}
