namespace Proofread.Lexicon.Tests;

public sealed class WordFrequenciesTests
{
    [Fact]
    public void Compiled_counts_round_trip()
    {
        var counts = new Dictionary<string, int> { ["the"] = 69_971, ["of"] = 36_412, ["café"] = 3, ["zebra"] = 1, ["big"] = 256, ["many"] = 16_777_217 };
        var path = Path.Combine(Path.GetTempPath(), $"proofread-freq-{Guid.NewGuid():N}.forms");
        try
        {
            using (var file = File.Create(path))
            {
                WordFrequencies.WriteCompiled(file, counts);
            }

            var loaded = WordFrequencies.LoadCompiled(path);
            Assert.Equal(counts.Count, loaded.FormCount);
            foreach (var (word, count) in counts)
            {
                Assert.Equal(count, loaded.Count(word));
            }

            Assert.Equal(69_971, loaded.Count("The"));
            Assert.Equal(0, loaded.Count("unseen"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_shipped_counts_know_common_words()
    {
        var f = WordFrequencies.LoadDefault();
        Assert.True(f.Count("the") > f.Count("receive"));
        Assert.True(f.Count("receive") > 0);
        Assert.Equal(0, f.Count("recieve"));
    }
}
