using Proofread.Cli.Tests.Support;
using Proofread.Lexicon.Morphology;

namespace Proofread.Cli.Tests;

public sealed class EvalCommandTests
{
    // The dev spinner's prepositions, which swap among themselves whatever the synonym source.
    // Clean prose for the spinner: content words with synonyms and a few prepositions.
    private const string CleanText = "The committee approved strict measures after a long debate. Officials said the new rules would protect small farms and local markets.\n";

    private static readonly HashSet<string> Prepositions = ["in", "on", "at", "for", "from", "with", "by", "to", "into", "over", "during", "throughout", "about", "of"];

    [Fact]
    public void Pairs_and_clean_prose_are_scored_with_exact_figures()
    {
        using var dir = new TempDirectory();
        dir.File("pairs/a.orig.txt", InProcess.Utf8("The World Health Organization met in Geneva on Monday.\n"));
        dir.File("pairs/a.spun.txt", InProcess.Utf8("The World Wellbeing Corporation met in Geneva in Monday.\n"));
        dir.File("clean/c.txt", InProcess.Utf8("A plain sentence with teh typo and nothing spun.\n"));

        var result = InProcess.Run(dir.Path, "eval", "--pairs", "pairs", "--clean", "clean", "--by-rule");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "pairs: precision 1.000  recall 0.500  exact-top1 0.500  top3-of-detected 1.000  (2 substitutions, 1 flagged)\n"
            + "  test.spin: precision 1.000  recall 0.500  exact-top1 0.500  flagged 1\n"
            + "clean: 0 false spin flags in 9 words = 0.00 per 1,000 words (1 file)\n"
            + "  test.typo: 1 finding = 111.11 per 1,000 words\n",
            result.Out);
    }

    [Fact]
    public void Eval_without_material_is_a_usage_error()
    {
        using var dir = new TempDirectory();

        var result = InProcess.Run(dir.Path, "eval");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("proofread: eval needs --pairs, --clean or --tortured.\n", result.Error);
    }

    [Fact]
    public void A_missing_pairs_folder_is_an_input_error_naming_it()
    {
        using var dir = new TempDirectory();

        var result = InProcess.Run(dir.Path, "eval", "--pairs", "nowhere");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"proofread: {Path.Combine(dir.Path, "nowhere")}: no such directory\n", result.Error);
    }

    [Fact]
    public void Several_seeds_spin_each_text_once_per_seed_each_as_that_seed_alone_would()
    {
        using var dir = new TempDirectory();
        dir.File("clean/a.txt", InProcess.Utf8(CleanText));

        var one = InProcess.Run(dir.Path, "eval", "spin", "clean", "--out", "one", "--seed", "5");
        var many = InProcess.Run(dir.Path, "eval", "spin", "clean", "--out", "many", "--seed", "5", "--seed", "6");

        Assert.Equal((0, 0), (one.ExitCode, many.ExitCode));
        Assert.Equal(
            ["a.seed-5.orig.txt", "a.seed-5.spun.txt", "a.seed-5.truth.tsv", "a.seed-6.orig.txt", "a.seed-6.spun.txt", "a.seed-6.truth.tsv"],
            Directory.GetFiles(Path.Combine(dir.Path, "many")).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray());
        foreach (var suffix in new[] { ".spun.txt", ".truth.tsv", ".orig.txt" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir.Path, "one", "a" + suffix)), File.ReadAllBytes(Path.Combine(dir.Path, "many", "a.seed-5" + suffix)));
        }

        Assert.NotEqual(File.ReadAllText(Path.Combine(dir.Path, "many", "a.seed-5.spun.txt")), File.ReadAllText(Path.Combine(dir.Path, "many", "a.seed-6.spun.txt")));
        var substitutions = new[] { "a.seed-5.truth.tsv", "a.seed-6.truth.tsv" }.Sum(f => File.ReadAllLines(Path.Combine(dir.Path, "many", f)).Length - 1);
        Assert.Equal($"2 pairs, {substitutions} substitutions, written to {Path.Combine(dir.Path, "many")}\n", many.Out);
    }

    [Fact]
    public void Depth_one_swaps_each_word_for_its_strongest_moby_synonym()
    {
        var (exitCode, writtenOriginal, _, rows) = SpinCleanText("--depth", "1", "--seed", "3");

        Assert.Equal((0, CleanText), (exitCode, writtenOriginal));
        var lexicon = Proofread.Lexicon.LexicalResources.LoadDefault();
        PartOfSpeech[] classes = [PartOfSpeech.Noun, PartOfSpeech.Verb, PartOfSpeech.Adjective, PartOfSpeech.Adverb];
        var content = rows.Where(r => !Prepositions.Contains(r[3].ToLowerInvariant())).ToList();
        Assert.NotEmpty(content);
        foreach (var row in content)
        {
            var (spunWord, original) = (row[2].ToLowerInvariant(), row[3].ToLowerInvariant());
            Assert.Contains(classes, pos => lexicon.SynonymsOf(original, pos)
                .Where(e => (e.Info & Proofread.Lexicon.Thesaurus.PairInfo.Moby) != 0 && !string.Equals(e.Term, original, StringComparison.OrdinalIgnoreCase))
                .Select(e => e.Term.ToLowerInvariant()).FirstOrDefault() == spunWord);
        }
    }

    [Fact]
    public void A_depth_below_one_is_a_usage_error()
    {
        using var dir = new TempDirectory();
        dir.File("clean/a.txt", InProcess.Utf8(CleanText));

        var result = InProcess.Run(dir.Path, "eval", "spin", "clean", "--out", "pairs", "--depth", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--depth must be at least 1.", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "pairs")));
    }

    [Fact]
    public void A_depth_with_unlisted_synonyms_is_a_usage_error()
    {
        var (exitCode, _, _, rows) = SpinCleanText("--synonyms", "unlisted", "--depth", "40");

        Assert.Equal((2, 0), (exitCode, rows.Count));
    }

    [Fact]
    public void Unlisted_spins_use_only_replacements_the_detectors_thesaurus_cannot_reverse()
    {
        var (exitCode, writtenOriginal, spun, rows) = SpinCleanText("--synonyms", "unlisted", "--seed", "3");

        Assert.Equal((0, CleanText), (exitCode, writtenOriginal));
        Assert.NotEmpty(rows);
        var lexicon = Proofread.Lexicon.LexicalResources.LoadDefault();
        PartOfSpeech[] classes = [PartOfSpeech.Noun, PartOfSpeech.Verb, PartOfSpeech.Adjective, PartOfSpeech.Adverb];
        foreach (var row in rows)
        {
            var (offset, spunWord, original) = (int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture), row[2], row[3]);
            Assert.Equal(spunWord, spun.Substring(offset, int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture)));
            if (Prepositions.Contains(original.ToLowerInvariant()))
            {
                continue;
            }

            Assert.DoesNotContain(classes, pos =>
                lexicon.SynonymsOf(original.ToLowerInvariant(), pos).Any(e => string.Equals(e.Term, spunWord, StringComparison.OrdinalIgnoreCase))
                || lexicon.SourcesOf(original.ToLowerInvariant(), pos).Any(e => string.Equals(e.Term, spunWord, StringComparison.OrdinalIgnoreCase)));
        }
    }

    // Spins CleanText as clean/a.txt with the given options: the exit code, the written original and
    // spun texts, and the truth rows (offset, length, spun, original).
    private static (int ExitCode, string Original, string Spun, List<string[]> Rows) SpinCleanText(params string[] options)
    {
        using var dir = new TempDirectory();
        dir.File("clean/a.txt", InProcess.Utf8(CleanText));
        var result = InProcess.Run(dir.Path, ["eval", "spin", "clean", "--out", "pairs", .. options]);
        string Read(string name) => File.ReadAllText(Path.Combine(dir.Path, "pairs", name));
        return result.ExitCode != 0
            ? (result.ExitCode, "", "", [])
            : (result.ExitCode, Read("a.orig.txt"), Read("a.spun.txt"), [.. Read("a.truth.tsv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t'))]);
    }
}
