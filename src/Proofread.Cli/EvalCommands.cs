using System.CommandLine;
using System.Globalization;
using System.Text;
using Proofread.Evaluation;
using Proofread.Evaluation.Spinning;
using Proofread.Language.Tagging;
using Proofread.Lexicon;
using Proofread.Lexicon.Thesaurus;
using Proofread.Pipeline;

namespace Proofread.Cli;

/// <summary>
/// <c>proofread eval</c>: quality figures on spun/original pairs, clean prose and tortured
/// phrases; <c>proofread eval spin</c>: makes spun/original pairs with the dev spinner.
/// </summary>
internal static class EvalCommands
{
    public static Command Build(CliHost host, Func<AnalyzerSettings, IReadOnlyList<IAnalyzer>> createAnalyzers)
    {
        var pairs = new Option<string?>("--pairs") { Description = "Folder of NAME.spun.txt with NAME.orig.txt or NAME.truth.tsv.", HelpName = "DIR" };
        var clean = new Option<string?>("--clean") { Description = "Folder of human-written prose (*.txt, *.md): false flags per 1,000 words.", HelpName = "DIR" };
        var tortured = new Option<string?>("--tortured") { Description = "Tortured-phrase list (phrase<TAB>expected|alternatives): each placed in a neutral sentence, phrasebook off.", HelpName = "FILE" };
        var passages = new Option<int>("--passages") { Description = "Passage length in words for the spin-score AUC (needs a spin score).", HelpName = "N" };
        var byRule = new Option<bool>("--by-rule") { Description = "Also report pair figures per rule." };
        var withoutPhrasebook = new Option<bool>("--without-phrasebook") { Description = "Switch the phrasebook off for the pairs and clean figures too." };

        var eval = new Command("eval", "Measure quality: precision, recall and restoration on pairs; false flags on clean prose; tortured phrases.")
        {
            pairs, clean, tortured, passages, byRule, withoutPhrasebook,
        };
        eval.Subcommands.Add(BuildSpin(host));
        eval.SetAction(parseResult =>
        {
            var options = new EvalOptions(
                Resolve(host, parseResult.GetValue(pairs)),
                Resolve(host, parseResult.GetValue(clean)),
                parseResult.GetValue(passages),
                null,
                parseResult.GetValue(byRule));
            var torturedPath = Resolve(host, parseResult.GetValue(tortured));
            foreach (var (path, isFile) in new[] { (options.PairsDirectory, false), (options.CleanDirectory, false), (torturedPath, true) })
            {
                if (path is not null && !(isFile ? File.Exists(path) : Directory.Exists(path)))
                {
                    host.Error.Write($"proofread: {path}: no such {(isFile ? "file" : "directory")}\n");
                    return ExitCodes.Error;
                }
            }

            if (options.PairsDirectory is null && options.CleanDirectory is null && torturedPath is null)
            {
                host.Error.Write("proofread: eval needs --pairs, --clean or --tortured.\n");
                return ExitCodes.Error;
            }

            var analyzers = createAnalyzers(AnalyzerSettings.Default);
            var phrasebookOff = new RuleSelection([], ["spin.phrasebook"]);
            var main = new ProofreadPipeline(analyzers, new AnalysisOptions(parseResult.GetValue(withoutPhrasebook) ? phrasebookOff : RuleSelection.Default));
            var report = new EvalRunner(main.Analyze, d => main.Score(d, main.Analyze(d), "spin") ?? 0).Run(options);
            if (torturedPath is not null)
            {
                // Tortured-phrase figures only mean something for phrases no list of ours contains.
                var noPhrasebook = new ProofreadPipeline(analyzers, new AnalysisOptions(phrasebookOff));
                report = report with { Tortured = new EvalRunner(noPhrasebook.Analyze).Run(new EvalOptions(TorturedPhrases: torturedPath)).Tortured };
            }

            host.Out.Write(EvalRunner.Format(report));
            host.Out.Flush();
            return ExitCodes.Success;
        });
        return eval;
    }

    private static Command BuildSpin(CliHost host)
    {
        var from = new Argument<string[]>("PATH") { Description = "Clean text files or folders (*.txt) to spin.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder for NAME.orig.txt, NAME.spun.txt and NAME.truth.tsv.", HelpName = "DIR", Required = true };
        var seed = new Option<int[]>("--seed")
        {
            Description = "Seed of the spinner's choices. Given more than once, each text is spun once per seed, as NAME.seed-N.*: a larger dev set, less at the mercy of one draw.",
            DefaultValueFactory = _ => [new SpinOptions().Seed],
        };
        var synonyms = new Option<string>("--synonyms")
        {
            Description = "Synonym source: moby (Moby pairs only, unlike the detector's full index), all, or unlisted (synonyms of synonyms that the detector's index does not pair with the word, so it cannot reverse them).",
            DefaultValueFactory = _ => "moby",
        };
        synonyms.AcceptOnlyFromAmong("moby", "all", "unlisted");
        var depth = new Option<int>("--depth")
        {
            Description = "How many of a word's strongest synonyms (moby, all) the spinner draws from: a larger number imitates a spinner whose list is ordered unlike the detector's.",
            DefaultValueFactory = _ => 12,
            HelpName = "N",
        };
        depth.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--depth must be at least 1.");
            }
        });
        var spin = new Command("spin", "Make spun/original pairs from clean text with the dev spinner (15–40 % of content words, wrong-sense synonyms, names, prepositions).")
        {
            from, output, seed, synonyms, depth,
        };

        // Unlisted replacements are not ranked, so a depth would be silently ignored.
        spin.Validators.Add(result =>
        {
            if (result.GetValue(synonyms) == "unlisted" && result.GetResult(depth) is { Implicit: false })
            {
                result.AddError("--depth applies to --synonyms moby and all, not unlisted.");
            }
        });
        spin.SetAction(parseResult =>
        {
            var files = new List<string>();
            foreach (var path in (parseResult.GetValue(from) ?? []).Select(p => Path.GetFullPath(p, host.WorkingDirectory)))
            {
                if (Directory.Exists(path))
                {
                    files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
                }
                else if (File.Exists(path))
                {
                    files.Add(path);
                }
                else
                {
                    host.Error.Write($"proofread: {path}: no such file or directory\n");
                    return ExitCodes.Error;
                }
            }

            var outDir = Path.GetFullPath(parseResult.GetValue(output)!, host.WorkingDirectory);
            Directory.CreateDirectory(outDir);
            var lexicon = LexicalResources.LoadDefault();
            ISpinSynonyms source = parseResult.GetValue(synonyms) switch
            {
                "all" => new ThesaurusSpinSynonyms(lexicon, PairInfo.AnySource, parseResult.GetValue(depth)),
                "unlisted" => new UnlistedSpinSynonyms(lexicon),
                _ => new ThesaurusSpinSynonyms(lexicon, PairInfo.Moby, parseResult.GetValue(depth)),
            };
            var tagger = PosTagger.LoadDefault();
            var seeds = parseResult.GetValue(seed) is { Length: > 0 } given ? given.Distinct().ToArray() : [new SpinOptions().Seed];
            var utf8 = new UTF8Encoding(false);
            var total = 0;
            foreach (var value in seeds)
            {
                var spinner = new DevSpinner(
                    source,
                    tokens => [.. tagger.Tag(tokens).Select(t => t.ToString().ToUpperInvariant())],
                    new SpinOptions(Seed: value));
                foreach (var file in files)
                {
                    // The spin depends on the file's own name, so one seed of several spins as it does alone.
                    var name = Path.GetFileNameWithoutExtension(file);
                    var pair = spinner.Spin(File.ReadAllText(file), name);
                    var stem = Path.Combine(outDir, seeds.Length == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name}.seed-{value}"));
                    File.WriteAllText(stem + ".orig.txt", pair.Original, utf8);
                    File.WriteAllText(stem + ".spun.txt", pair.Spun, utf8);
                    var truth = new StringBuilder("# offset\tlength\tspun\toriginal\n");
                    foreach (var s in pair.Substitutions)
                    {
                        truth.Append(CultureInfo.InvariantCulture, $"{s.Span.Start}\t{s.Span.Length}\t{s.Spun}\t{string.Join('|', s.Originals)}\n");
                    }

                    File.WriteAllText(stem + ".truth.tsv", truth.ToString(), utf8);
                    total += pair.Substitutions.Length;
                }
            }

            host.Out.Write($"{files.Count * seeds.Length} pairs, {total} substitutions, written to {outDir}\n");
            host.Out.Flush();
            return ExitCodes.Success;
        });
        return spin;
    }

    private static string? Resolve(CliHost host, string? path) => path is null ? null : Path.GetFullPath(path, host.WorkingDirectory);
}
