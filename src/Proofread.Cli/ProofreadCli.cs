using System.CommandLine;
using System.CommandLine.Invocation;
using Proofread.Findings;
using Proofread.Pipeline;
using Proofread.Reporting;

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
        root.Subcommands.Add(BuildCheck(host, forBaseline: true));
        root.Subcommands.Add(BuildRules(host));
        root.Subcommands.Add(Review.ReviewCommand.Create(host, _createAnalyzers));
        root.Subcommands.Add(InitCommand.Create(host));
        root.Subcommands.Add(EvalCommands.Build(host, _createAnalyzers));
        root.Subcommands.Add(ModelCommands.Create(host));
        return root;
    }

    // forBaseline builds `baseline PATH... --out FILE`: the same analysis options, findings recorded instead of reported.
    private Command BuildCheck(CliHost host, bool forBaseline = false)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or directories to check; '-' reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. ReportFormatNames.All.Select(f => f.Name)]);
        var diff = new Option<bool>("--diff") { Description = "Print the proposed corrections as a unified diff; write nothing." };
        var fix = new Option<bool>("--fix") { Description = "Write the corrections into the files (atomically), then report what remains." };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding has at least this severity.",
            DefaultValueFactory = _ => "warning",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "never");
        var color = ColorOption.Create("text output");
        var common = new AnalysisOptionSet();
        var check = new Command(
            forBaseline ? "baseline" : "check",
            forBaseline
                ? "Record the current findings in a baseline file, so that 'check --baseline FILE' reports only new ones."
                : "Report problems in files; with --diff or --fix, correct them. Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input error.")
        {
            paths, format, diff, fix, failOn, color,
        };
        foreach (var option in common.All)
        {
            check.Options.Add(option);
        }

        var extras = new CheckExtraOptions(check, forBaseline);
        check.SetAction(parseResult =>
        {
            var errors = extras.Validate(parseResult);
            if (parseResult.GetValue(diff) && parseResult.GetValue(fix))
            {
                errors.Add("--diff and --fix cannot be combined: --diff shows what --fix would write.");
            }

            if (parseResult.GetValue(diff) && parseResult.GetResult(format) is { Implicit: false })
            {
                errors.Add("--diff prints a diff; it cannot be combined with --format.");
            }

            var overrides = common.Read(parseResult, host.WorkingDirectory, errors);
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

            var pipelines = new PipelineProvider(_createAnalyzers, overrides, host.WorkingDirectory);
            var settings = new CheckSettings(
                Paths: inputs,
                Format: ReportFormatNames.Parse(parseResult.GetValue(format)),
                Mode: parseResult.GetValue(diff) ? CheckMode.Diff : parseResult.GetValue(fix) ? CheckMode.Fix : CheckMode.Report,
                FailOn: parseResult.GetValue(failOn) switch
                {
                    "error" => Severity.Error,
                    "info" => Severity.Info,
                    "never" => null,
                    _ => Severity.Warning,
                },
                Includes: pipelines.WalkIncludes,
                Excludes: overrides.Excludes,
                Color: ColorOption.Resolve(parseResult, color, host))
            {
                Accept = pipelines.DirectoryFilter,
            };
            return extras.Run(parseResult, settings, pipelines, host);
        });
        return check;
    }

    private Command BuildRules(CliHost host)
    {
        var list = new Command("list", "List every rule as the working directory's .proofread.yml sets them (its rule packs too): id, category, severity and title, with rules that are off marked.");
        var noConfig = NoConfigOption();
        list.Options.Add(noConfig);
        list.SetAction(parseResult =>
        {
            var (pipeline, errors) = WorkingDirectoryPipeline(host, parseResult.GetValue(noConfig));
            if (pipeline is null)
            {
                return UsageError(host, errors);
            }

            RulesLister.Write(host.Out, pipeline);
            return ExitCodes.Success;
        });
        var show = RuleCommands.Show(host, NoConfigOption(), useDefaults => WorkingDirectoryPipeline(host, useDefaults));
        return new Command("rules", "Show the rules Proofread knows.") { list, show, RuleCommands.Test(host) };
    }

    private static Option<bool> NoConfigOption() =>
        new("--no-config") { Description = "The shipped rules with their defaults; read no .proofread.yml." };

    // The pipeline a check of the working directory would use (its .proofread.yml and rule packs,
    // unless the defaults are asked for), or the config's errors.
    private (ProofreadPipeline? Pipeline, List<string> Errors) WorkingDirectoryPipeline(CliHost host, bool useDefaults)
    {
        var pipelines = new PipelineProvider(_createAnalyzers, CliOverrides.None with { UseConfig = !useDefaults }, host.WorkingDirectory);
        Input here = new("-", string.Empty, IsStandardInput: true);
        var errors = pipelines.Prepare([here]);
        return (errors.Count > 0 ? null : pipelines.For(here), errors);
    }

    /// <summary>Writes configuration or usage errors, one a line, and returns the usage-error exit code.</summary>
    internal static int UsageError(CliHost host, List<string> errors)
    {
        foreach (var error in errors)
        {
            host.Error.Write($"proofread: {error}\n");
        }

        return ExitCodes.Error;
    }

    // System.CommandLine lists allowed values on separate lines; errors here are one line each.
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

}
