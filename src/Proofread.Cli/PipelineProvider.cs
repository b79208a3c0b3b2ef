using System.Collections.Concurrent;
using Microsoft.Extensions.FileSystemGlobbing;
using Proofread.Analyzers.Phrasebook;
using Proofread.Configuration;
using Proofread.Lexicon.Spelling;
using Proofread.Pipeline;
using Proofread.Rules;

namespace Proofread.Cli;

/// <summary>
/// The pipeline for each file: its <c>.proofread.yml</c> configs merged (<see cref="ConfigResolver"/>),
/// then the command line laid over them. Analysers are built once per distinct set of data files
/// and language, pipelines once per distinct config chain. <see cref="Prepare"/> builds them all
/// before any file is analysed, so config problems stop the run with positioned errors.
/// </summary>
internal sealed class PipelineProvider
{
    private readonly Func<AnalyzerSettings, IReadOnlyList<IAnalyzer>> _createAnalyzers;
    private readonly CliOverrides _cli;
    private readonly string _workingDirectory;
    private readonly ConfigResolver? _resolver;
    private readonly Matcher _defaultIncludes = new(StringComparison.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<IAnalyzer>>> _analyzers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ProofreadPipeline> _pipelines = new(StringComparer.Ordinal);

    public PipelineProvider(Func<AnalyzerSettings, IReadOnlyList<IAnalyzer>> createAnalyzers, CliOverrides cli, string workingDirectory)
    {
        _createAnalyzers = createAnalyzers;
        _cli = cli;
        _workingDirectory = workingDirectory;
        _resolver = cli.UseConfig ? new ConfigResolver(workingDirectory) : null;
        _defaultIncludes.AddIncludePatterns(InputResolver.DefaultIncludes);
    }

    /// <summary>The globs a directory search starts from: the command line's; with configs, every file (<see cref="Accepts"/> then filters).</summary>
    public IReadOnlyList<string> WalkIncludes => _cli.Includes ?? (_resolver is null ? InputResolver.DefaultIncludes : ["*"]);

    /// <summary>The filter for files found in directories, or null when no config is read.</summary>
    public Func<string, bool>? DirectoryFilter => _resolver is null ? null : Accepts;

    /// <summary>Whether a file found in a directory is checked: not excluded by a config, and included by the command line, the nearest config or the defaults.</summary>
    /// <exception cref="ConfigException">A config on the way up is invalid.</exception>
    public bool Accepts(string fullPath)
    {
        var config = _resolver?.ForFile(fullPath) ?? EffectiveConfig.Empty;
        if (config.IsExcluded(fullPath))
        {
            return false;
        }

        return _cli.Includes is not null || (config.IsIncluded(fullPath) ?? _defaultIncludes.Match(Path.GetFileName(fullPath)).HasMatches);
    }

    /// <summary>
    /// Expands the settings' paths (<see cref="InputResolver"/>) and prepares their pipelines. Input
    /// errors (a missing path) concern one path; config errors stop the run before anything is checked.
    /// </summary>
    public (List<Input> Inputs, List<string> InputErrors, List<string> ConfigErrors) Resolve(CheckSettings settings)
    {
        try
        {
            var (inputs, inputErrors) = InputResolver.Resolve(settings, _workingDirectory);
            return (inputs, inputErrors, Prepare(inputs));
        }
        catch (ConfigException e)
        {
            return ([], [], [.. e.Errors.Select(error => error.ToString())]);
        }
    }

    /// <summary>Builds the pipelines of <paramref name="inputs"/>; returns the problems found (one line each, without the program's name).</summary>
    public List<string> Prepare(IEnumerable<Input> inputs)
    {
        var errors = new List<string>();
        foreach (var input in inputs)
        {
            try
            {
                var (_, problems) = Build(ConfigOf(input));
                errors.AddRange(problems.Where(p => !errors.Contains(p)));
            }
            catch (ConfigException e)
            {
                errors.AddRange(e.Errors.Select(error => error.ToString()).Where(p => !errors.Contains(p)));
            }
            catch (PhrasebookException e)
            {
                errors.AddRange(e.Errors.Select(error => error.ToString()).Where(p => !errors.Contains(p)));
            }
            catch (RulePackException e)
            {
                errors.AddRange(e.Errors.Select(error => error.ToString()).Where(p => !errors.Contains(p)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"cannot read a word list: {e.Message}");
            }
        }

        return errors;
    }

    /// <summary>The pipeline for <paramref name="input"/> (after <see cref="Prepare"/>, a cached one).</summary>
    public ProofreadPipeline For(Input input) => Build(ConfigOf(input)).Pipeline;

    /// <summary>The configs that apply to <paramref name="input"/>; standard input takes the working directory's.</summary>
    public EffectiveConfig ConfigOf(Input input) =>
        _resolver is null ? EffectiveConfig.Empty
        : input.IsStandardInput ? _resolver.ForDirectory(_workingDirectory)
        : _resolver.ForFile(input.FullPath);

    private (ProofreadPipeline Pipeline, List<string> Problems) Build(EffectiveConfig config)
    {
        var problems = new List<string>();
        if (_pipelines.TryGetValue(config.Key, out var known))
        {
            return (known, problems);
        }

        var language = _cli.Language ?? config.Language;
        var settings = new AnalyzerSettings(
            [.. config.Phrasebooks, .. _cli.Phrasebooks],
            language == "en-GB" ? SpellingLanguage.EnglishGB : SpellingLanguage.EnglishUS,
            [.. config.Dictionaries, .. _cli.Dictionaries],
            _cli.Model)
        {
            IgnoreWords = config.IgnoreWords,
            Glossaries = config.Glossaries,
            RulePaths = [.. config.RulePaths, .. _cli.RulePaths ?? []],
        };
        var key = string.Join('\n', [settings.Language.ToString(), settings.Model ?? "", .. settings.Phrasebooks, "", .. settings.Dictionaries!, "", .. settings.IgnoreWords, "", .. settings.Glossaries, "", .. settings.RulePaths]);
        var analyzers = _analyzers.GetOrAdd(key, _ => new Lazy<IReadOnlyList<IAnalyzer>>(() => _createAnalyzers(settings))).Value;
        var rules = analyzers.SelectMany(a => a.Rules).ToList();
        problems.AddRange(config.UnknownSelectors(rules).Select(e => e.ToString()));
        foreach (var selector in _cli.Enable.Concat(_cli.Disable))
        {
            if (!rules.Exists(r => RuleSelection.Matches(selector, r)))
            {
                problems.Add($"unknown rule '{selector}'; 'proofread rules list' shows them.");
            }
        }

        var options = new AnalysisOptions(config.SelectRules(rules, _cli.Enable, _cli.Disable), _cli.MinConfidence ?? config.MinConfidence ?? 0)
        {
            Severities = config.Severities(rules),
        };
        var pipeline = _pipelines.GetOrAdd(config.Key, new ProofreadPipeline(analyzers, options));
        return (pipeline, problems);
    }
}
