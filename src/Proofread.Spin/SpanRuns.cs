namespace Proofread.Spin;

/// <summary>Grouping candidates by observed span without LINQ's allocations, in GroupBy's order.</summary>
internal static class SpanRuns
{
    /// <summary>
    /// The groups of candidates with the same span as (first index, count) runs, in order of first
    /// appearance with members in list order (as GroupBy forms them), when every span's candidates
    /// are consecutive (the pruning emits them so); otherwise null.
    /// </summary>
    public static List<(int First, int Count)>? Of(List<Candidate> candidates)
    {
        var runs = new List<(int First, int Count)>();
        for (var a = 0; a < candidates.Count;)
        {
            var b = a + 1;
            while (b < candidates.Count && candidates[b].Start == candidates[a].Start && candidates[b].Length == candidates[a].Length)
            {
                b++;
            }

            runs.Add((a, b - a));
            a = b;
        }

        // A span seen in an earlier run: not consecutive (a handful of runs per sentence, so pairwise is cheap).
        for (var i = 1; i < runs.Count; i++)
        {
            var c = candidates[runs[i].First];
            for (var j = 0; j < i; j++)
            {
                var d = candidates[runs[j].First];
                if (c.Start == d.Start && c.Length == d.Length)
                {
                    return null;
                }
            }
        }

        return runs;
    }

    /// <summary><see cref="Of"/>, or GroupBy's groups copied into runs of a reordered list when spans are not consecutive.</summary>
    public static (List<Candidate> Ordered, List<(int First, int Count)> Runs) Grouped(List<Candidate> candidates)
    {
        if (Of(candidates) is { } runs)
        {
            return (candidates, runs);
        }

        var ordered = new List<Candidate>(candidates.Count);
        runs = [];
        foreach (var group in candidates.GroupBy(c => (c.Start, c.Length)))
        {
            var first = ordered.Count;
            ordered.AddRange(group);
            runs.Add((first, ordered.Count - first));
        }

        return (ordered, runs);
    }
}
