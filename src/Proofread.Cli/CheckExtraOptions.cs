using System.CommandLine;
using System.Globalization;
using Proofread.Reporting;
using Proofread.Reporting.Baselines;
using Proofread.Reporting.Diff;

namespace Proofread.Cli;

/// <summary>
/// The options of <c>check</c> for diff styles, baselines and JSON Lines from standard input, and
/// the <c>--out</c> of <c>proofread baseline</c> (which shares check's analysis options). Kept out
/// of <see cref="ProofreadCli"/> so that its option list stays readable.
/// </summary>
internal sealed class CheckExtraOptions
{
    private readonly bool _forBaseline;
    private readonly Command _command;
    private readonly Argument<string[]> _paths;
    private readonly Option<string> _diffStyle = new("--diff-style")
    {
        Description = "How --diff shows corrections: unified (for patch and git apply), word (changed words inline) or side-by-side.",
        DefaultValueFactory = _ => "unified",
    };

    private readonly Option<string> _baseline = new("--baseline")
    {
        Description = "Report only findings that this baseline file (from 'proofread baseline') does not record.",
        HelpName = "FILE",
    };

    private readonly Option<bool> _stdinJsonl = new("--stdin-jsonl")
    {
        Description = "Read documents as JSON Lines ({\"path\": …, \"text\": …}) from standard input and write one jsonl result line per input line, as each is done.",
    };

    private readonly Option<string> _out = new("--out", "-o")
    {
        Description = "The baseline file to write.",
        HelpName = "FILE",
        Required = true,
    };

    public CheckExtraOptions(Command command, bool forBaseline)
    {
        _command = command;
        _forBaseline = forBaseline;
        _paths = command.Arguments.OfType<Argument<string[]>>().Single();
        if (forBaseline)
        {
            command.Options.Add(_out);

            // A baseline records findings; how they would be shown does not apply.
            foreach (var option in command.Options.Where(o => o.Name is "--format" or "--diff" or "--fix" or "--color" or "--fail-on"))
            {
                option.Hidden = true;
            }
        }
        else
        {
            _diffStyle.AcceptOnlyFromAmong("unified", "word", "side-by-side");
            command.Options.Add(_diffStyle);
            command.Options.Add(_baseline);
            command.Options.Add(_stdinJsonl);
        }

        // PATH may be left out only with --stdin-jsonl.
        command.Validators.Add(result =>
        {
            if ((result.GetValue(_paths) ?? []).Length == 0 && !(!forBaseline && result.GetValue(_stdinJsonl)))
            {
                result.AddError($"Required argument missing for command: '{command.Name}' (PATH).");
            }
        });
    }

    /// <summary>Usage errors of these options and their combinations with check's own.</summary>
    public List<string> Validate(ParseResult parseResult)
    {
        var errors = new List<string>();
        var diff = Explicit(parseResult, "--diff");
        var fix = Explicit(parseResult, "--fix");
        if (_forBaseline)
        {
            if (diff || fix || Explicit(parseResult, "--format"))
            {
                errors.Add("baseline records findings; --diff, --fix and --format belong to check.");
            }

            return errors;
        }

        if (parseResult.GetResult(_diffStyle) is { Implicit: false } && !diff)
        {
            errors.Add("--diff-style applies to --diff.");
        }

        if (parseResult.GetValue(_baseline) is not null && (diff || fix))
        {
            errors.Add("--baseline filters reported findings; it cannot be combined with --diff or --fix.");
        }

        if (parseResult.GetValue(_stdinJsonl))
        {
            if ((parseResult.GetValue(_paths) ?? []).Length > 0)
            {
                errors.Add("--stdin-jsonl reads standard input; give no PATH.");
            }

            if (diff || fix)
            {
                errors.Add("--stdin-jsonl reports findings; it cannot be combined with --diff or --fix.");
            }

            if (parseResult.GetValue<string>("--format") is { } format && Explicit(parseResult, "--format") && format != "jsonl")
            {
                errors.Add("--stdin-jsonl writes JSON Lines; --format can only be jsonl.");
            }
        }

        return errors;
    }

    /// <summary>Runs <c>check</c> (or <c>baseline</c>) with these options' settings added.</summary>
    public int Run(ParseResult parseResult, CheckSettings settings, PipelineProvider pipelines, CliHost host)
    {
        Baseline? baseline = null;
        if (!_forBaseline && parseResult.GetValue(_baseline) is { } baselinePath)
        {
            try
            {
                baseline = Baseline.Parse(File.ReadAllText(Path.GetFullPath(baselinePath, host.WorkingDirectory)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or BaselineException)
            {
                host.Error.Write($"proofread: {baselinePath}: {(e is FileNotFoundException ? "no such file" : e.Message)}\n");
                return ExitCodes.Error;
            }
        }

        var extras = new CheckExtras(
            parseResult.GetValue(_diffStyle) switch
            {
                "word" => DiffStyle.Word,
                "side-by-side" => DiffStyle.SideBySide,
                _ => DiffStyle.Unified,
            },
            int.TryParse(host.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns >= 40
                ? columns
                : DiffRenderer.DefaultWidth,
            baseline,
            _forBaseline ? parseResult.GetValue(_out) : null);
        settings = settings with
        {
            Extras = extras,
            Mode = _forBaseline ? CheckMode.Baseline : settings.Mode,
        };
        if (!_forBaseline && parseResult.GetValue(_stdinJsonl))
        {
            return new JsonLinesInputRunner(pipelines, settings with { Format = ReportFormat.JsonLines }, host).Run();
        }

        return new CheckRunner(pipelines, settings, host).Run();
    }

    private bool Explicit(ParseResult parseResult, string name) =>
        _command.Options.FirstOrDefault(o => o.Name == name) is { } option && parseResult.GetResult(option) is { Implicit: false };
}
