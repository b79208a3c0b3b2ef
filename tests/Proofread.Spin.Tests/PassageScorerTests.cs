namespace Proofread.Spin.Tests;

public sealed class PassageScorerTests
{
    [Fact]
    public void The_probability_is_the_logistic_of_the_weighted_sum()
    {
        var scorer = new PassageScorer([-1, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
        Assert.Equal(1 / (1 + Math.Exp(-(-1 + (2 * 0.75)))), scorer.Probability([0.75, 9, 9, 9, 9, 9, 9, 9, 9]), 12);
    }

    [Fact]
    public void Both_linear_models_write_then_load_round_trip_and_refuse_a_file_of_the_other()
    {
        var passages = new PassageScorer([0.5, -1.25, 2, 3, 4, 5, 6, 7, 8, 9]);
        var pruner = new SpinPruner([.. Enumerable.Range(0, SpinPruner.Count + 1).Select(i => (i * 0.25) - 1)]);
        var path = Path.GetTempFileName();
        try
        {
            Write(passages.Write);
            Assert.Equal(passages.Weights, PassageScorer.Load(path).Weights);
            var e = Assert.Throws<InvalidDataException>(() => SpinPruner.Load(path));
            Assert.Contains("expected the weights of bias, lm-delta, strength", e.Message, StringComparison.Ordinal);

            Write(pruner.Write);
            Assert.Equal(pruner.Weights, SpinPruner.Load(path).Weights);
            e = Assert.Throws<InvalidDataException>(() => PassageScorer.Load(path));
            Assert.Contains("expected the weights of bias, suspicious-share", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        void Write(Action<TextWriter> write)
        {
            using var writer = new StreamWriter(path);
            write(writer);
        }
    }
}
