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

    [Fact]
    public void A_malformed_line_is_reported_with_its_line_number()
    {
        var e = Assert.Throws<InvalidDataException>(() => SpinCombiner.Read(new StringReader(Header + "platt x 0\n"), "bad.txt"));
        Assert.StartsWith("bad.txt:2:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_combiner_loads_and_matches_the_detector()
    {
        var combiner = SpinCombiner.LoadDefault();
        Assert.Equal(SpinFeatures.Names, combiner.Features);
        Assert.True(combiner.TreeCount > 10);
        Assert.InRange(combiner.Threshold, 0.05, 0.99);
    }
}
