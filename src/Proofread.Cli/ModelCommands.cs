using System.CommandLine;
using System.Globalization;
using System.Text;
using Proofread.Language.Modeling;

namespace Proofread.Cli;

/// <summary>
/// <c>proofread model build|info|perplexity</c>: train a word n-gram model on text files, describe a
/// model file, and score a text with one. Output is invariant-culture and byte-stable.
/// </summary>
internal static class ModelCommands
{
    /// <summary>The extensions a corpus directory is searched for (recursively).</summary>
    public static readonly string[] CorpusExtensions = [".txt", ".md"];

    /// <summary>The <c>model</c> command and its subcommands.</summary>
    public static Command Create(CliHost host) =>
        new("model", "Build, describe and apply word n-gram language models.")
        {
            CreateBuild(host),
            CreateInfo(host),
            CreatePerplexity(host),
        };

    private static Command CreateBuild(CliHost host)
    {
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "A text file, or a directory searched recursively for *.txt and *.md files; repeatable.",
            HelpName = "PATH",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var order = new Option<int>("--order")
        {
            Description = "The longest n-gram, 2 to 4.",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "Where to write the model file.",
            HelpName = "FILE",
            Required = true,
        };
        var minCount = new Option<int>("--min-count")
        {
            Description = "Drop n-grams (bigrams and longer) seen fewer times than this.",
            HelpName = "K",
            DefaultValueFactory = _ => 1,
        };
        var build = new Command("build", "Train a word n-gram model (modified Kneser-Ney) on text files and write it.")
        {
            corpus, order, output, minCount,
        };
        build.SetAction(parseResult =>
        {
            var errors = new List<string>();
            var n = parseResult.GetValue(order);
            if (n is < 2 or > 4)
            {
                errors.Add($"--order must be 2, 3 or 4, not {n.ToString(CultureInfo.InvariantCulture)}.");
            }

            var k = parseResult.GetValue(minCount);
            if (k < 1)
            {
                errors.Add($"--min-count must be at least 1, not {k.ToString(CultureInfo.InvariantCulture)}.");
            }

            var files = ExpandCorpus(parseResult.GetValue(corpus) ?? [], host.WorkingDirectory, errors);
            if (errors.Count == 0 && files.Count == 0)
            {
                errors.Add("the corpus has no *.txt or *.md files.");
            }

            if (errors.Count > 0)
            {
                return UsageError(host, errors);
            }

            var outputPath = Path.GetFullPath(parseResult.GetValue(output)!, host.WorkingDirectory);
            NGramModelInfo info;
            try
            {
                info = NGramModelBuilder.Build(files, n, k, outputPath);
            }
            catch (InvalidDataException)
            {
                // The files exist but hold no sentence: nothing to train on is a usage error too.
                return UsageError(host, ["the corpus has no text to train on."]);
            }

            host.Out.Write(
                $"wrote {parseResult.GetValue(output)}: order {info.Order}, vocabulary {Number(info.VocabularySize)}, " +
                $"{Number(info.TrainingTokens)} tokens in {Number(info.TrainingSentences)} sentences from {Number(files.Count)} files\n");
            host.Out.Flush();
            return ExitCodes.Success;
        });
        return build;
    }

    private static Command CreateInfo(CliHost host)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "A model file (default: the shipped model).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var info = new Command("info", "Describe a model file: order, vocabulary, n-gram counts, training size.") { file };
        info.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file);
            if (!TryLoad(host, path, out var model, out var shownPath))
            {
                return ExitCodes.Error;
            }

            host.Out.Write(Describe(shownPath, model.Info));
            host.Out.Flush();
            return ExitCodes.Success;
        });
        return info;
    }

    private static Command CreatePerplexity(CliHost host)
    {
        var file = new Argument<string>("FILE") { Description = "A text file to score." };
        var modelPath = new Option<string>("--model")
        {
            Description = "A model file (default: the shipped model).",
            HelpName = "M",
        };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Also print each sentence: perplexity, log10 probability, unknown words and tokens.",
        };
        var perplexity = new Command("perplexity", "Print a text's perplexity under a model (lower: the text is more like the training text).")
        {
            file, modelPath, verbose,
        };
        perplexity.SetAction(parseResult =>
        {
            var textPath = parseResult.GetValue(file)!;
            var fullTextPath = Path.GetFullPath(textPath, host.WorkingDirectory);
            if (!File.Exists(fullTextPath))
            {
                return UsageError(host, [$"{textPath}: no such file"]);
            }

            if (!TryLoad(host, parseResult.GetValue(modelPath), out var model, out _))
            {
                return ExitCodes.Error;
            }

            var report = model.Perplexity(File.ReadAllText(fullTextPath));
            if (report.Sentences.Count == 0)
            {
                return UsageError(host, [$"{textPath}: no sentences to score."]);
            }

            var builder = new StringBuilder();
            if (parseResult.GetValue(verbose))
            {
                foreach (var sentence in report.Sentences)
                {
                    builder.Append(Fixed(sentence.Perplexity)).Append('\t')
                        .Append(Fixed(sentence.Log10Prob)).Append('\t')
                        .Append(sentence.UnknownWords.ToString(CultureInfo.InvariantCulture)).Append('\t')
                        .AppendJoin(' ', sentence.Tokens).Append('\n');
                }
            }

            builder.Append("perplexity: ").Append(Fixed(report.Perplexity)).Append('\n');
            host.Out.Write(builder.ToString());
            host.Out.Flush();
            return ExitCodes.Success;
        });
        return perplexity;
    }

    /// <summary>The lines of <c>proofread model info</c>.</summary>
    public static string Describe(string path, NGramModelInfo info)
    {
        var builder = new StringBuilder();
        builder.Append("file: ").Append(path).Append('\n');
        builder.Append("size: ").Append(Number(info.FileBytes)).Append(" bytes\n");
        builder.Append("order: ").Append(info.Order.ToString(CultureInfo.InvariantCulture)).Append('\n');
        builder.Append("vocabulary: ").Append(Number(info.VocabularySize)).Append(" (3 reserved: <unk> <s> </s>)\n");
        for (var n = 0; n < info.NGramCounts.Count; n++)
        {
            builder.Append((n + 1).ToString(CultureInfo.InvariantCulture)).Append("-grams: ").Append(Number(info.NGramCounts[n])).Append('\n');
        }

        builder.Append("training: ").Append(Number(info.TrainingTokens)).Append(" tokens, ")
            .Append(Number(info.TrainingSentences)).Append(" sentences\n");
        builder.Append("min word count: ").Append(info.MinWordCount.ToString(CultureInfo.InvariantCulture)).Append('\n');
        builder.Append("min n-gram counts: ").AppendJoin(", ", info.MinCounts.Select(c => c.ToString(CultureInfo.InvariantCulture))).Append('\n');
        return builder.ToString();
    }

    /// <summary>
    /// The corpus files: a file as given, a directory's *.txt and *.md files (recursively, ordinal
    /// order of their full paths); each file once. Missing paths become errors.
    /// </summary>
    public static List<string> ExpandCorpus(IEnumerable<string> paths, string workingDirectory, List<string> errors)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                Add(full);
            }
            else if (Directory.Exists(full))
            {
                var found = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                    .Where(f => CorpusExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in found)
                {
                    Add(file);
                }
            }
            else
            {
                errors.Add($"{path}: no such file or directory");
            }
        }

        return files;

        void Add(string full)
        {
            if (seen.Add(full))
            {
                files.Add(full);
            }
        }
    }

    private static bool TryLoad(CliHost host, string? path, out NGramModel model, out string shownPath)
    {
        model = null!;
        shownPath = path ?? string.Empty;
        try
        {
            if (path is null)
            {
                model = NGramModel.LoadDefault();
                shownPath = ProofreadData.Path(NGramModel.DefaultModelPath);
                return true;
            }

            var full = Path.GetFullPath(path, host.WorkingDirectory);
            if (!File.Exists(full))
            {
                UsageError(host, [$"{path}: no such file"]);
                return false;
            }

            model = NGramModel.Load(full);
            return true;
        }
        catch (InvalidDataException e)
        {
            UsageError(host, [e.Message]);
            return false;
        }
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Fixed(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    private static int UsageError(CliHost host, List<string> errors)
    {
        foreach (var error in errors)
        {
            host.Error.Write($"proofread: {error}\n");
        }

        return ExitCodes.Error;
    }
}
