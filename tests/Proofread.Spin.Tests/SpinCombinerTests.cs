using CsCheck;

namespace Proofread.Spin.Tests;

public sealed class SpinCombinerTests
{
    private static readonly string Header = "features " + string.Join(' ', SpinFeatures.Names) + "\n";

    [Fact]
    public void A_tree_goes_left_when_the_feature_is_at_most_the_threshold()
    {
        // One split on lm-delta at 1.5: leaf 0 (-2) on the left, leaf 1 (+3) on the right, plus a bias tree.
        var combiner = SpinCombiner.Read(new StringReader(Header + "platt -1 0\ntree 1 | | 0.5\ntree 2 | 0:1.5:-1:-2 | -2 3\n"), "t");
        var x = new float[SpinFeatures.Count];
        x[SpinFeatures.LmDelta] = 1.5f;
        Assert.Equal(0.5 + (2 * -2), combiner.Score(x), 12);
        x[SpinFeatures.LmDelta] = 1.6f;
        Assert.Equal(0.5 + (2 * 3), combiner.Score(x), 12);
        Assert.Equal(1 / (1 + Math.Exp(-6.5)), combiner.Probability(x), 12);
    }

    [Fact]
    public void An_average_of_models_scores_the_mean_of_their_logits_and_refuses_other_calibrations()
    {
        var a = SpinCombiner.Read(new StringReader(Header + "platt -1 0.5\nthreshold 0.8\ntree 1 | | 0.5\ntree 2 | 0:1.5:-1:-2 | -2 3\n"), "a");
        var b = SpinCombiner.Read(new StringReader(Header + "platt -1 0.5\nthreshold 0.6\ntree 1 | 7:0.4:-1:-2 | 1 -1\n"), "b");
        var average = SpinCombiner.Average([a, b]);

        Assert.Equal(3, average.TreeCount);
        Assert.Equal(0.8, average.Threshold);
        var x = new float[SpinFeatures.Count];
        foreach (var (delta, strength) in new[] { (1f, 0.2f), (2f, 0.2f), (2f, 0.9f) })
        {
            x[SpinFeatures.LmDelta] = delta;
            x[SpinFeatures.Strength] = strength;
            Assert.Equal((a.Score(x) + b.Score(x)) / 2, average.Score(x), 12);
            var logit = (Logit(a.Probability(x)) + Logit(b.Probability(x))) / 2;
            Assert.Equal(1 / (1 + Math.Exp(-logit)), average.Probability(x), 12);
        }

        var other = SpinCombiner.Read(new StringReader(Header + "platt -2 0.5\ntree 1 | | 0\n"), "c");
        Assert.Throws<ArgumentException>(() => SpinCombiner.Average([a, other]));
        Assert.Throws<ArgumentException>(() => SpinCombiner.Average([]));

        static double Logit(double p) => Math.Log(p / (1 - p));
    }

    [Fact]
    public void Write_then_read_gives_the_same_scores()
    {
        var text = Header + "platt -1.25 0.5\nthreshold 0.7\ntree 1 | | 0.25\ntree 0.5 | 7:0.3:1:-1 3:2:-2:-3 | 1 -1 0.5\n";
        var combiner = SpinCombiner.Read(new StringReader(text), "t");
        var written = new StringWriter();
        combiner.Write(written);
        var again = SpinCombiner.Read(new StringReader(written.ToString()), "t");
        Assert.Equal(0.7, again.Threshold);
        var x = new float[SpinFeatures.Count];
        foreach (var (strength, order) in new[] { (0.1f, 0f), (0.5f, 1f), (0.5f, 3f) })
        {
            x[SpinFeatures.Strength] = strength;
            x[SpinFeatures.ObsLeftOrder] = order;
            Assert.Equal(combiner.Probability(x), again.Probability(x), 15);
        }
    }

    [Fact]
    public void A_model_trained_on_other_features_is_refused_with_its_name()
    {
        var e = Assert.Throws<InvalidDataException>(() => SpinCombiner.Read(new StringReader("features a b\nplatt -1 0\n"), "old.txt"));
        Assert.StartsWith("old.txt: the combiner was trained on other features", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("platt x 0")]
    [InlineData("tree 1 | 0:1.5:-1 | 1 2")]
    [InlineData("tree 1 | 0:1.5:-1:-2 1 2")]
    [InlineData("tree 1 0:1.5:-1:-2 | 1 2")]
    [InlineData("tree 1 | 0:x:-1:-2 | 1 2")]
    [InlineData("tree 1 | | 1 | 2")]
    [InlineData("tree one | | 1")]
    public void A_malformed_line_is_reported_with_its_line_number(string line)
    {
        var e = Assert.Throws<InvalidDataException>(() => SpinCombiner.Read(new StringReader(Header + "platt -1 0\n" + line + "\n"), "bad.txt"));
        Assert.StartsWith("bad.txt:3:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_combiner_loads_and_matches_the_detector()
    {
        var combiner = SpinCombiner.LoadDefault();
        Assert.Equal(SpinFeatures.Names, combiner.Features);
        Assert.True(combiner.TreeCount > 10);
        Assert.InRange(combiner.Threshold, 0.05, 0.99);
    }

    [Fact]
    public void Batch_scoring_gives_the_one_at_a_time_probabilities_bit_for_bit_with_the_shipped_trees()
    {
        var combiner = SpinCombiner.LoadDefault();
        var value = Gen.OneOf(Gen.Float[-12f, 12f], Gen.Int[-3, 6].Select(i => (float)i), Gen.Const(float.NaN), Gen.Const(float.PositiveInfinity));
        value.Array[SpinFeatures.Count].Array[1, 21].Sample(rows => AssertBatchMatches(combiner, rows));
    }

    [Fact]
    public void Batch_scoring_matches_on_deep_trees_ties_and_not_a_number()
    {
        // Seven trees (not a multiple of the four in flight): a bias, one split, and chains deeper than two levels.
        var combiner = SpinCombiner.Read(new StringReader(Header + "platt -0.7 0.1\n"
            + "tree 1 | | 0.25\n"
            + "tree 1 | 0:0.5:-1:-2 | -1 1\n"
            + "tree 0.5 | 0:0:1:-1 1:0.5:2:-2 2:1:-3:3 0:-1:-4:-5 | 1 2 3 4 5\n"
            + "tree 2 | 1:0:-1:1 2:0:-2:2 3:0:-3:3 0:1:-4:4 1:1:-5:-6 | 0.1 0.2 0.3 0.4 0.5 0.6\n"
            + "tree 1 | 3:0.5:1:2 0:0:-1:-2 1:0:-3:3 2:0.5:-4:-5 | 7 -7 3 -3 5\n"
            + "tree 0.25 | 2:-1:-1:1 2:1:-2:-3 | 9 -9 4\n"
            + "tree 1 | 1:0.5:-1:-2 | 0.125 -0.125\n"), "t");
        var value = Gen.OneOf(Gen.Int[-2, 4].Select(i => i / 2f), Gen.Const(float.NaN), Gen.Const(float.NegativeInfinity));
        value.Array[SpinFeatures.Count].Array[1, 30].Sample(rows => AssertBatchMatches(combiner, rows));
    }

    private static void AssertBatchMatches(SpinCombiner combiner, float[][] rows)
    {
        var candidates = rows.Select(row =>
        {
            var c = new Candidate(0, 1, "x", [0], "y");
            row.CopyTo(c.Features, 0);
            return c;
        }).ToList();
        combiner.Score(candidates);
        foreach (var c in candidates)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(combiner.Probability(c.Features)), BitConverter.DoubleToInt64Bits(c.Probability));
        }
    }
}
