using System.Text.Json;
using Proofread.Cli.Tests.Support;

namespace Proofread.Cli.Tests;

/// <summary>The shipped analysers, end to end through the CLI.</summary>
public sealed class ShippedAnalyzerTests
{
    private static CliResult Shipped(string directory, params string[] args) =>
        InProcess.Run(directory, args, stdin: null, analyzers: AnalyzerCatalog.CreateDefault);

    [Fact]
    public void The_bundled_example_gets_the_known_spun_phrases_with_their_original_wording()
    {
        using var dir = new TempDirectory();
        dir.File("kim.txt", File.ReadAllBytes(RepoFile("corpora/examples/kim-congress.spun.txt")));

        var result = Shipped(dir.Path, "check", "--format", "jsonl", "kim.txt");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var found = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() == "spin.phrasebook")
            .Select(f => (f.GetProperty("text").GetString(), f.GetProperty("suggestions")[0].GetProperty("text").GetString()))
            .ToList();
        Assert.Contains(("Get together Congress", "Party Congress"), found);
        Assert.Contains(("World Wellbeing Corporation", "World Health Organization"), found);
        Assert.Contains(("becoming held", "being held"), found);
    }

    [Fact]
    public void A_user_phrasebook_adds_entries_over_the_built_in_ones()
    {
        using var dir = new TempDirectory();
        dir.File("mine.tsv", InProcess.Utf8("talk about media\tstate media\tverb sense of state\tme\n"));
        dir.File("a.txt", InProcess.Utf8("Photos released by talk about media show delegates.\n"));

        var result = Shipped(dir.Path, "check", "--diff", "--phrasebook", "mine.tsv", "a.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("+Photos released by state media show delegates.\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_spun_phrase_raises_the_file_spin_score_by_its_confidence()
    {
        // The detector alone scores the sentence clean; the phrasebook's match (at 0.9) leaves at
        // most a tenth of the chance that it is clean.
        using var dir = new TempDirectory();
        dir.File("mine.tsv", InProcess.Utf8("talk about media\tstate media\tverb sense of state\tme\n"));
        dir.File("a.txt", InProcess.Utf8("Photos released by talk about media show delegates.\n"));

        static double Score(CliResult result)
        {
            using var json = JsonDocument.Parse(result.Out);
            return json.RootElement.GetProperty("files")[0].GetProperty("spin").GetProperty("score").GetDouble();
        }

        var without = Shipped(dir.Path, "check", "--format", "json", "a.txt");
        var with = Shipped(dir.Path, "check", "--format", "json", "--phrasebook", "mine.tsv", "a.txt");
        var text = Shipped(dir.Path, "check", "--phrasebook", "mine.tsv", "a.txt");

        Assert.Equal((0, 0.0), (without.ExitCode, Score(without)));
        Assert.Equal((1, 0.9), (with.ExitCode, Score(with)));
        Assert.StartsWith("a.txt: spin score 0.90 (likely machine-spun)\n", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_user_phrasebook_is_a_positioned_usage_error()
    {
        using var dir = new TempDirectory();
        dir.File("mine.tsv", InProcess.Utf8("# mine\nno tabs here\n"));
        dir.File("a.txt", InProcess.Utf8("Fine text.\n"));

        var result = Shipped(dir.Path, "check", "--phrasebook", Path.Combine(dir.Path, "mine.tsv"), "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith($"proofread: {Path.Combine(dir.Path, "mine.tsv")}:2: expected 4 tab-separated fields", result.Error, StringComparison.Ordinal);
    }

    private static string RepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Proofread.sln")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new InvalidOperationException("Proofread.sln not found above the test output.");
    }
}
