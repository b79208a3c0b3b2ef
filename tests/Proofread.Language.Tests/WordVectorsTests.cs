using Proofread.Language.Vectors;

namespace Proofread.Language.Tests;

public sealed class WordVectorsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("proofread-vectors-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static IEnumerable<IReadOnlyList<string>> Toy()
    {
        // Days share contexts, animals share others: the vectors must see it.
        string[] days = ["monday", "tuesday", "friday", "sunday"];
        string[] animals = ["cat", "dog", "horse", "cow"];
        for (var i = 0; i < 40; i++)
        {
            yield return ["we", "met", "on", days[i % 4], "morning", "again"];
            yield return ["the", "old", animals[i % 4], "ate", "grass", "slowly"];
            yield return ["see", "you", "next", days[(i + 1) % 4], "evening", "then"];
            yield return ["a", "hungry", animals[(i + 2) % 4], "drank", "water", "quickly"];
        }
    }

    private static WordVectors BuildToy() =>
        new WordVectorsBuilder { Dimensions = 4, TargetWords = 40, ContextWords = 40 }.Build(Toy);

    [Fact]
    public void Words_used_alike_are_close()
    {
        var vectors = BuildToy();
        Assert.True(vectors.Similarity("monday", "friday") > vectors.Similarity("monday", "cat") + 0.3);
        Assert.True(vectors.Similarity("Dog", "horse") > vectors.Similarity("dog", "sunday") + 0.3);
        Assert.Contains(vectors.Nearest("tuesday", 3), n => n.Word is "monday" or "friday" or "sunday");
        Assert.True(float.IsNaN(vectors.Similarity("monday", "zebra")));
    }

    [Fact]
    public void Context_fit_prefers_the_word_that_belongs()
    {
        var vectors = BuildToy();
        Assert.True(vectors.ContextFit(["we", "met", "on", "friday", "morning"], 3) > vectors.ContextFit(["we", "met", "on", "cow", "morning"], 3));
        Assert.True(float.IsNaN(vectors.ContextFit(["zebra", "unicorn"], 0)));
    }

    [Fact]
    public void Save_and_load_keep_the_vectors_to_8_bits_and_are_deterministic()
    {
        var a = Path.Combine(_dir, "a.bin");
        var b = Path.Combine(_dir, "b.bin");
        var vectors = BuildToy();
        vectors.Save(a);
        BuildToy().Save(b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        var loaded = WordVectors.Load(a);
        Assert.Equal(vectors.Count, loaded.Count);
        Assert.Equal(vectors.Similarity("cat", "dog"), loaded.Similarity("cat", "dog"), 0.03f);
    }

    [Fact]
    public void Shipped_vectors_know_days_from_whales()
    {
        var vectors = WordVectors.LoadDefault();
        Assert.Equal(100, vectors.Dimensions);
        Assert.True(vectors.Similarity("thursday", "friday") > 0.6);
        Assert.True(vectors.Similarity("thursday", "whale") < 0.3);
    }
}
