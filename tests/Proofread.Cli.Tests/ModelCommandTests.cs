using System.Globalization;
using Proofread.Cli.Tests.Support;
using Proofread.Language.Modeling;

namespace Proofread.Cli.Tests;

/// <summary><c>proofread model build|info|perplexity</c> on a tiny corpus: exact output and exit codes.</summary>
public class ModelCommandTests
{
    // 25 tokens in 4 sentences; "rug" is seen once, so the vocabulary is the 7 other words and the 3 reserved ids;
    // 13 distinct bigrams and 15 trigrams (counted by hand, "rug" as <unk>).
    private static void WriteCorpus(TempDirectory temp)
    {
        temp.File("corpus/one.txt", InProcess.Utf8("The cat sat on the mat. The dog sat on the mat.\n"));
        temp.File("corpus/sub/two.md", InProcess.Utf8("The cat sat on the rug.\n\nThe dog sat.\n"));
        temp.File("corpus/notes.csv", InProcess.Utf8("Not part of the corpus, not read at all.\n"));
        temp.File("text.txt", InProcess.Utf8("The cat sat on the mat.\nA dog sat on the cat.\n"));
    }

    private static CliResult Run(TempDirectory temp, string args) => InProcess.Run(temp.Path, args.Split(' '));

    [Fact]
    public void Check_with_a_missing_model_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        WriteCorpus(temp);
        var check = InProcess.Run(temp.Path, ["check", "text.txt", "--model", "missing.bin"], stdin: null, analyzers: AnalyzerCatalog.CreateDefault);
        Assert.Equal(2, check.ExitCode);
        Assert.Equal("proofread: --model missing.bin: no such file.\n", check.Error);
    }

    [Fact]
    public void Check_with_a_model_of_ones_own_scores_spin_with_it()
    {
        using var temp = new TempDirectory();
        WriteCorpus(temp);
        Assert.Equal(0, Run(temp, "model build --corpus corpus --order 3 --out model.bin").ExitCode);

        static double? Score(CliResult result)
        {
            using var json = System.Text.Json.JsonDocument.Parse(result.Out);
            var score = json.RootElement.GetProperty("files")[0].GetProperty("spin").GetProperty("score");
            return score.ValueKind == System.Text.Json.JsonValueKind.Null ? null : score.GetDouble();
        }

        string[] args = ["check", "text.txt", "--format", "json", "--disable", "spelling"];
        var shipped = InProcess.Run(temp.Path, args, stdin: null, analyzers: AnalyzerCatalog.CreateDefault);
        var own = InProcess.Run(temp.Path, [.. args, "--model", "model.bin"], stdin: null, analyzers: AnalyzerCatalog.CreateDefault);
        Assert.True(own.ExitCode is 0 or 1, own.ToString());
        Assert.InRange(Score(own)!.Value, 0, 1);
        Assert.NotEqual(Score(shipped), Score(own)); // the 10-word model reads the text differently from the shipped one
    }

    [Fact]
    public void Build_then_info_describes_the_model()
    {
        using var temp = new TempDirectory();
        WriteCorpus(temp);

        var build = Run(temp, "model build --corpus corpus --order 3 --out model.bin");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal("wrote model.bin: order 3, vocabulary 10, 25 tokens in 4 sentences from 2 files\n", build.Out);
        Assert.Equal(string.Empty, build.Error);

        var info = Run(temp, "model info model.bin");
        Assert.True(info.ExitCode == 0, info.ToString());
        var size = new FileInfo(Path.Combine(temp.Path, "model.bin")).Length.ToString("N0", CultureInfo.InvariantCulture);
        Assert.Equal(
            $"""
            file: model.bin
            size: {size} bytes
            order: 3
            vocabulary: 10 (3 reserved: <unk> <s> </s>)
            1-grams: 10
            2-grams: 13
            3-grams: 15
            training: 25 tokens, 4 sentences
            min word count: 2
            min n-gram counts: 1, 1, 1

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            info.Out);
        Assert.Equal(string.Empty, info.Error);
    }

    [Fact]
    public void Min_count_prunes_rare_ngrams()
    {
        using var temp = new TempDirectory();
        WriteCorpus(temp);

        Assert.Equal(0, Run(temp, "model build --corpus corpus/one.txt corpus/sub --order 2 --out m.bin --min-count 2").ExitCode);
        var info = Run(temp, "model info m.bin");
        Assert.Contains("order: 2\n", info.Out, StringComparison.Ordinal);
        Assert.Contains("min n-gram counts: 1, 2\n", info.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Perplexity_prints_one_exact_line_and_verbose_adds_one_line_per_sentence()
    {
        using var temp = new TempDirectory();
        WriteCorpus(temp);
        Assert.Equal(0, Run(temp, "model build --corpus corpus --order 3 --out model.bin").ExitCode);

        // The figure is the library's, printed with two decimals whatever the culture.
        var model = NGramModel.Load(Path.Combine(temp.Path, "model.bin"));
        var report = model.Perplexity(File.ReadAllText(Path.Combine(temp.Path, "text.txt")));
        Assert.Equal(2, report.Sentences.Count);
        var expected = report.Perplexity.ToString("F2", CultureInfo.InvariantCulture);

        var result = Run(temp, "model perplexity text.txt --model model.bin");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"perplexity: {expected}\n", result.Out);
        Assert.Equal("perplexity: 3.63\n", result.Out);

        var verbose = Run(temp, "model perplexity text.txt --model model.bin --verbose");
        Assert.Equal(0, verbose.ExitCode);
        var lines = verbose.Out.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.EndsWith("\t0\tThe cat sat on the mat .", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("\t1\tA dog sat on the cat .", lines[1], StringComparison.Ordinal);
        Assert.Equal(
            report.Sentences[1].Perplexity.ToString("F2", CultureInfo.InvariantCulture) + "\t"
            + report.Sentences[1].Log10Prob.ToString("F2", CultureInfo.InvariantCulture) + "\t1\tA dog sat on the cat .",
            lines[1]);
        Assert.Equal($"perplexity: {expected}", lines[2]);
        Assert.Equal(string.Empty, lines[3]);
    }

    [Fact]
    public void The_shipped_model_is_the_default()
    {
        using var temp = new TempDirectory();
        WriteCorpus(temp);
        var info = Run(temp, "model info");
        Assert.True(info.ExitCode == 0, info.ToString());
        var shipped = NGramModel.LoadDefault().Info;
        Assert.StartsWith($"file: {ProofreadData.Path(NGramModel.DefaultModelPath)}\n", info.Out, StringComparison.Ordinal);
        Assert.Equal(ModelCommands.Describe(ProofreadData.Path(NGramModel.DefaultModelPath), shipped), info.Out);

        var perplexity = Run(temp, "model perplexity text.txt");
        Assert.Equal(0, perplexity.ExitCode);
        Assert.StartsWith("perplexity: ", perplexity.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Directories_expand_recursively_to_txt_and_md_files_in_ordinal_order()
    {
        using var temp = new TempDirectory();
        temp.File("c/b.txt", []);
        temp.File("c/B.md", []);
        temp.File("c/a/z.TXT", []);
        temp.File("c/a.csv", []);
        temp.File("single.csv", []);
        var errors = new List<string>();
        var files = ModelCommands.ExpandCorpus(["c", "single.csv", "c/b.txt", "missing"], temp.Path, errors);
        Assert.Equal(
            [
                Path.Combine(temp.Path, "c", "B.md"),
                Path.Combine(temp.Path, "c", "a", "z.TXT"),
                Path.Combine(temp.Path, "c", "b.txt"),
                Path.Combine(temp.Path, "single.csv"),   // a file named on the command line is taken as it is
            ],
            files);
        Assert.Equal(["missing: no such file or directory"], errors);
    }

    public static TheoryData<string, string> UsageErrors() => new()
    {
        { "model build --corpus corpus --order 1 --out m.bin", "proofread: --order must be 2, 3 or 4, not 1.\n" },
        { "model build --corpus corpus --order 5 --out m.bin", "proofread: --order must be 2, 3 or 4, not 5.\n" },
        { "model build --corpus corpus --order 3 --out m.bin --min-count 0", "proofread: --min-count must be at least 1, not 0.\n" },
        { "model build --corpus empty --order 3 --out m.bin", "proofread: the corpus has no *.txt or *.md files.\n" },
        { "model build --corpus blank --order 3 --out m.bin", "proofread: the corpus has no text to train on.\n" },
        { "model build --corpus nowhere --order 3 --out m.bin", "proofread: nowhere: no such file or directory\n" },
        { "model build --corpus corpus --order 3", "proofread: Option '--out' is required.\nRun 'proofread --help' for usage.\n" },
        { "model info nowhere.bin", "proofread: nowhere.bin: no such file\n" },
        { "model info text.txt", $"proofread: '{{temp}}{Path.DirectorySeparatorChar}text.txt' is not a Proofread n-gram model.\n" },
        { "model perplexity nowhere.txt", "proofread: nowhere.txt: no such file\n" },
        { "model perplexity text.txt --model nowhere.bin", "proofread: nowhere.bin: no such file\n" },
        { "model perplexity blank/space.txt", "proofread: blank/space.txt: no sentences to score.\n" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void Usage_errors_exit_2_with_one_line(string args, string stderr)
    {
        using var temp = new TempDirectory();
        WriteCorpus(temp);
        Directory.CreateDirectory(Path.Combine(temp.Path, "empty", "sub"));
        temp.File("empty/sub/notes.csv", InProcess.Utf8("Text, but not a corpus file.\n"));
        temp.File("blank/space.txt", InProcess.Utf8(" \n\n\t\n"));

        var result = Run(temp, args);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(stderr.Replace("{temp}", temp.Path, StringComparison.Ordinal), result.Error);
        Assert.Equal(string.Empty, result.Out);
        Assert.False(File.Exists(Path.Combine(temp.Path, "m.bin")));
    }
}
