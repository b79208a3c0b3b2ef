using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using Proofread.Analyzers.Phrasebook;
using Proofread.Findings;
using Proofread.Lexicon.Spelling;
using Proofread.Pipeline;
using Proofread.Reporting;
using Proofread.Rules;

namespace Proofread.Cli;

/// <summary>
/// The command line: <c>proofread check PATH...</c>, <c>proofread rules list</c> and <c>proofread model …</c> (<see cref="ModelCommands"/>). Parsing is
/// System.CommandLine's; every value is then checked once into a <see cref="CheckSettings"/>.
/// </summary>
internal sealed class ProofreadCli
{
    private readonly Func<AnalyzerSettings, IReadOnlyList<IAnalyzer>> _createAnalyzers;

    /// <summary>Creates the CLI; <paramref name="createAnalyzers"/> is called only by commands that analyse.</summary>
    public ProofreadCli(Func<AnalyzerSettings, IReadOnlyList<IAnalyzer>> createAnalyzers) => _createAnalyzers = createAnalyzers;

    /// <summary>Creates the CLI with analysers that take no settings (tests).</summary>
    public ProofreadCli(Func<IReadOnlyList<IAnalyzer>> createAnalyzers)
        : this(_ => createAnalyzers())
    {
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public int Run(string[] args, CliHost host)
    {
        var root = BuildCommand(host);
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                host.Error.Write($"proofread: {OneLine(error.Message)}\n");
            }

            host.Error.Write("Run 'proofread --help' for usage.\n");
            return ExitCodes.Error;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = host.Out,
                Error = host.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            host.Error.Write($"proofread: {e.Message}\n");
            return ExitCodes.Error;
        }
    }

    private RootCommand BuildCommand(CliHost host)
    {
        var root = new RootCommand("Proofreads English articles: spun phrasing, spelling, grammar and readability.");
        root.Subcommands.Add(BuildCheck(host));
        root.Subcommands.Add(BuildRules(host));
        root.Subcommands.Add(EvalCommands.Build(host, _createAnalyzers));
        root.Subcommands.Add(ModelCommands.Create(host));
        return root;
    }

    private Command BuildCheck(CliHost host)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or directories to check; '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "jsonl");
        var diff = new Option<bool>("--diff") { Description = "Print the proposed corrections as a unified diff; write nothing." };
        var fix = new Option<bool>("--fix") { Description = "Write the corrections into the files (atomically), then report what remains." };
        var minConfidence = new Option<double>("--min-confidence")
        {
            Description = "Drop suggestions below this confidence (0 to 1), and findings left without any.",
            DefaultValueFactory = _ => 0,
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding has at least this severity.",
            DefaultValueFactory = _ => "warning",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "never");
        var enable = new Option<string[]>("--enable")
        {
            Description = "Turn on a rule, a rule prefix ('spin') or a category; repeatable.",
            HelpName = "RULE",
        };
        var disable = new Option<string[]>("--disable")
        {
            Description = "Turn off a rule, a rule prefix or a category; repeatable; wins over --enable.",
            HelpName = "RULE",
        };
        var include = new Option<string[]>("--include")
        {
            Description = $"Glob of files to check inside directories; repeatable (default: {string.Join(' ', InputResolver.DefaultIncludes)}).",
            HelpName = "GLOB",
        };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Glob of files to skip inside directories; repeatable.",
            HelpName = "GLOB",
        };
        var color = new Option<string>("--color")
        {
            Description = "Colour text output: auto (a terminal, and NO_COLOR unset), always or never.",
            DefaultValueFactory = _ => "auto",
        };
        color.AcceptOnlyFromAmong("auto", "always", "never");
        var phrasebook = new Option<string[]>("--phrasebook")
        {
            Description = "A phrasebook file of your own (phrase<TAB>replacement<TAB>note<TAB>source), used over the built-in one; repeatable.",
            HelpName = "FILE",
        };

        var language = new Option<string>("--lang")
        {
            Description = "English variety for spelling: en-US or en-GB (the other variety's spellings are reported as variants).",
            DefaultValueFactory = _ => "en-US",
        };
        language.AcceptOnlyFromAmong("en-US", "en-GB");
        var dictionary = new Option<string[]>("--dictionary")
        {
            Description = "A word list of your own (one word a line, '#' comments) that spelling accepts; repeatable.",
            HelpName = "FILE",
        };

        var rulesPath = RuleCommands.RulesPathOption();

        var check = new Command(
            "check",
            "Report problems in files; with --diff or --fix, correct them. Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input error.")
        {
            paths, format, diff, fix, minConfidence, failOn, enable, disable, include, exclude, color, phrasebook, language, dictionary, rulesPath,
        };
        check.SetAction(parseResult =>
        {
            var errors = new List<string>();
            if (parseResult.GetValue(diff) && parseResult.GetValue(fix))
            {
                errors.Add("--diff and --fix cannot be combined: --diff shows what --fix would write.");
            }

            if (parseResult.GetValue(diff) && parseResult.GetResult(format) is { Implicit: false })
            {
                errors.Add("--diff prints a diff; it cannot be combined with --format.");
            }

            var confidence = parseResult.GetValue(minConfidence);
            if (!(confidence is >= 0 and <= 1))
            {
                errors.Add($"--min-confidence must be between 0 and 1, not {confidence.ToString(CultureInfo.InvariantCulture)}.");
            }

            var inputs = parseResult.GetValue(paths) ?? [];
            if (parseResult.GetValue(fix) && inputs.Contains("-"))
            {
                errors.Add("--fix cannot write to standard input; use --diff.");
            }

            if (inputs.Count(p => p == "-") > 1)
            {
                errors.Add("standard input ('-') can be read only once.");
            }

            if (errors.Count > 0)
            {
                return UsageError(host, errors);
            }

            IReadOnlyList<IAnalyzer> analyzers;
            try
            {
                analyzers = _createAnalyzers(new AnalyzerSettings(
                    [.. (parseResult.GetValue(phrasebook) ?? []).Select(p => Path.GetFullPath(p, host.WorkingDirectory))],
                    parseResult.GetValue(language) == "en-GB" ? SpellingLanguage.EnglishGB : SpellingLanguage.EnglishUS,
                    [.. (parseResult.GetValue(dictionary) ?? []).Select(p => Path.GetFullPath(p, host.WorkingDirectory))],
                    RuleCommands.RulePaths(parseResult, rulesPath, host)));
            }
            catch (RulePackException e)
            {
                return RuleCommands.Errors(host, e);
            }
            catch (PhrasebookException e)
            {
                return UsageError(host, [.. e.Errors.Select(error => error.ToString())]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return UsageError(host, [$"cannot read a word list: {e.Message}"]);
            }

            var selection = new RuleSelection([.. parseResult.GetValue(enable) ?? []], [.. parseResult.GetValue(disable) ?? []]);
            var pipeline = new ProofreadPipeline(analyzers, new AnalysisOptions(selection, confidence));
            foreach (var selector in selection.Enabled.Concat(selection.Disabled))
            {
                if (!pipeline.Rules.Any(r => RuleSelection.Matches(selector, r)))
                {
                    errors.Add($"unknown rule '{selector}'; 'proofread rules list' shows them.");
                }
            }

            if (errors.Count > 0)
            {
                return UsageError(host, errors);
            }

            var settings = new CheckSettings(
                Paths: inputs,
                Format: parseResult.GetValue(format) switch
                {
                    "json" => ReportFormat.Json,
                    "jsonl" => ReportFormat.JsonLines,
                    _ => ReportFormat.Text,
                },
                Mode: parseResult.GetValue(diff) ? CheckMode.Diff : parseResult.GetValue(fix) ? CheckMode.Fix : CheckMode.Report,
                FailOn: parseResult.GetValue(failOn) switch
                {
                    "error" => Severity.Error,
                    "info" => Severity.Info,
                    "never" => null,
                    _ => Severity.Warning,
                },
                Includes: parseResult.GetValue(include) is { Length: > 0 } includes ? includes : InputResolver.DefaultIncludes,
                Excludes: parseResult.GetValue(exclude) ?? [],
                Color: ColorModeResolver.UseColor(
                    parseResult.GetValue(color) switch
                    {
                        "always" => ColorMode.Always,
                        "never" => ColorMode.Never,
                        _ => ColorMode.Auto,
                    },
                    host.OutputIsTerminal,
                    host.GetEnvironmentVariable("NO_COLOR")));
            return new CheckRunner(pipeline, settings, host).Run();
        });
        return check;
    }

    private Command BuildRules(CliHost host)
    {
        var list = new Command("list", "List every rule: id, category, default severity and title.");
        list.SetAction(_ =>
        {
            var pipeline = new ProofreadPipeline(_createAnalyzers(AnalyzerSettings.Default), AnalysisOptions.Default);
            RulesLister.Write(host.Out, pipeline.Rules);
            return ExitCodes.Success;
        });
        return new Command("rules", "Show the rules Proofread knows.") { list, RuleCommands.Show(host, _createAnalyzers), RuleCommands.Test(host) };
    }

    // System.CommandLine lists allowed values on separate lines; errors here are one line each.
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static int UsageError(CliHost host, List<string> errors)
    {
        foreach (var error in errors)
        {
            host.Error.Write($"proofread: {error}\n");
        }

        return ExitCodes.Error;
    }
}
