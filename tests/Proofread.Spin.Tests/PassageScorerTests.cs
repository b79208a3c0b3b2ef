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
    public void Write_then_load_round_trips_and_a_wrong_file_is_refused()
    {
        var path = Path.GetTempFileName();
        try
        {
            var scorer = new PassageScorer([0.5, -1.25, 2, 3, 4, 5, 6, 7, 8, 9]);
            using (var writer = new StreamWriter(path))
            {
                scorer.Write(writer);
            }

            Assert.Equal(scorer.Weights, PassageScorer.Load(path).Weights);
            File.WriteAllText(path, "bias 1\nsomething 2\n");
            var e = Assert.Throws<InvalidDataException>(() => PassageScorer.Load(path));
            Assert.Contains("expected the weights of bias, suspicious-share", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
