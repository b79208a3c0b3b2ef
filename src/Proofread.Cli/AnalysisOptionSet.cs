using System.CommandLine;
using System.Globalization;

namespace Proofread.Cli;

/// <summary>
/// What the command line says about analysis, to lay over the config files: lists add to the
/// config's, a value given explicitly replaces the config's, and null means "not given".
/// </summary>
/// <param name="Phrasebooks">--phrasebook files (full paths).</param>
/// <param name="Language">--lang, when given.</param>
/// <param name="Dictionaries">--dictionary files (full paths).</param>
/// <param name="Enable">--enable selectors.</param>
/// <param name="Disable">--disable selectors.</param>
/// <param name="MinConfidence">--min-confidence, when given.</param>
/// <param name="Includes">--include globs, when given.</param>
/// <param name="Excludes">--exclude globs.</param>
/// <param name="UseConfig">False with --no-config.</param>
/// <param name="Model">--model: a word n-gram model for the spin detector (full path), when given.</param>
/// <param name="RulePaths">--rules-path folders or pack files (full paths).</param>
internal sealed record CliOverrides(
    IReadOnlyList<string> Phrasebooks,
    string? Language,
    IReadOnlyList<string> Dictionaries,
    IReadOnlyList<string> Enable,
    IReadOnlyList<string> Disable,
    double? MinConfidence,
    IReadOnlyList<string>? Includes,
    IReadOnlyList<string> Excludes,
    bool UseConfig,
    string? Model = null,
    IReadOnlyList<string>? RulePaths = null)
{
    /// <summary>Nothing given: config and defaults decide.</summary>
    public static CliOverrides None { get; } = new([], null, [], [], [], null, null, [], UseConfig: true);
}

/// <summary>The options that choose rules, data and files, shared by <c>check</c> and <c>review</c>.</summary>
internal sealed class AnalysisOptionSet
{
    private readonly Option<double> _minConfidence = new("--min-confidence")
    {
        Description = "Drop suggestions below this confidence (0 to 1), and findings left without any (default 0, or the config's).",
        DefaultValueFactory = _ => 0,
    };

    private readonly Option<string[]> _enable = new("--enable")
    {
        Description = "Turn on a rule, a rule prefix ('spin') or a category; repeatable.",
        HelpName = "RULE",
    };

    private readonly Option<string[]> _disable = new("--disable")
    {
        Description = "Turn off a rule, a rule prefix or a category; repeatable; wins over --enable.",
        HelpName = "RULE",
    };

    private readonly Option<string[]> _include = new("--include")
    {
        Description = $"Glob of files to check inside directories; repeatable; replaces the config's (default: {string.Join(' ', InputResolver.DefaultIncludes)}).",
        HelpName = "GLOB",
    };

    private readonly Option<string[]> _exclude = new("--exclude")
    {
        Description = "Glob of files to skip inside directories; repeatable.",
        HelpName = "GLOB",
    };

    private readonly Option<string[]> _phrasebook = new("--phrasebook")
    {
        Description = "A phrasebook file of your own (phrase<TAB>replacement<TAB>note<TAB>source), used over the built-in one; repeatable.",
        HelpName = "FILE",
    };

    private readonly Option<string> _language = new("--lang")
    {
        Description = "English variety for spelling: en-US or en-GB (the other variety's spellings are reported as variants).",
        DefaultValueFactory = _ => "en-US",
    };

    private readonly Option<string[]> _dictionary = new("--dictionary")
    {
        Description = "A word list of your own (one word a line, '#' comments) that spelling accepts; repeatable.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _model = new("--model")
    {
        Description = "A word n-gram model of your own ('proofread model build') for the spin detector, instead of the shipped one.",
        HelpName = "FILE",
    };

    private readonly Option<string[]> _rulesPath = RuleCommands.RulesPathOption();

    private readonly Option<bool> _noConfig = new("--no-config")
    {
        Description = "Read no .proofread.yml file.",
    };

    public AnalysisOptionSet() => _language.AcceptOnlyFromAmong("en-US", "en-GB");

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> All => [_minConfidence, _enable, _disable, _include, _exclude, _phrasebook, _language, _dictionary, _rulesPath, _model, _noConfig];

    /// <summary>Reads the options; problems are added to <paramref name="errors"/>.</summary>
    public CliOverrides Read(ParseResult parseResult, string workingDirectory, List<string> errors)
    {
        var confidence = parseResult.GetValue(_minConfidence);
        if (!(confidence is >= 0 and <= 1))
        {
            errors.Add($"--min-confidence must be between 0 and 1, not {confidence.ToString(CultureInfo.InvariantCulture)}.");
        }

        var model = parseResult.GetValue(_model) is { } m ? Path.GetFullPath(m, workingDirectory) : null;
        if (model is not null && !File.Exists(model))
        {
            errors.Add($"--model {parseResult.GetValue(_model)}: no such file.");
        }

        return new CliOverrides(
            Phrasebooks: [.. (parseResult.GetValue(_phrasebook) ?? []).Select(p => Path.GetFullPath(p, workingDirectory))],
            Language: parseResult.GetResult(_language) is { Implicit: false } ? parseResult.GetValue(_language) : null,
            Dictionaries: [.. (parseResult.GetValue(_dictionary) ?? []).Select(p => Path.GetFullPath(p, workingDirectory))],
            Enable: parseResult.GetValue(_enable) ?? [],
            Disable: parseResult.GetValue(_disable) ?? [],
            MinConfidence: parseResult.GetResult(_minConfidence) is { Implicit: false } ? confidence : null,
            Includes: parseResult.GetValue(_include) is { Length: > 0 } includes ? includes : null,
            Excludes: parseResult.GetValue(_exclude) ?? [],
            UseConfig: !parseResult.GetValue(_noConfig),
            Model: model,
            RulePaths: [.. (parseResult.GetValue(_rulesPath) ?? []).Select(p => Path.GetFullPath(p, workingDirectory))]);
    }
}
