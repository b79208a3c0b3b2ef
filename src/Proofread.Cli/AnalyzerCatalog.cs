using System.Globalization;
using Proofread.Analyzers.Phrasebook;
using Proofread.Analyzers.Readability;
using Proofread.Lexicon.Spelling;
using Proofread.Lexicon.Terms;
using Proofread.Language.Modeling;
using Proofread.Pipeline;
using Proofread.Spin;
using Proofread.Rules;

namespace Proofread.Cli;

/// <summary>Options that decide how the analysers are built (language, user data files).</summary>
/// <param name="Phrasebooks">User phrasebook files laid over the built-in phrasebook.</param>
/// <param name="Language">The English variety whose spellings are accepted.</param>
/// <param name="Dictionaries">User word lists: one accepted word a line, '#' comments.</param>
/// <param name="Model">A word n-gram model of the user's own (<c>proofread model build</c>) for the spin detector.</param>
/// <param name="Readability">Thresholds of the per-sentence readability findings (defaults when null).</param>
internal sealed record AnalyzerSettings(
    IReadOnlyList<string> Phrasebooks,
    SpellingLanguage Language = SpellingLanguage.EnglishUS,
    IReadOnlyList<string>? Dictionaries = null,
    string? Model = null,
    ReadabilitySettings? Readability = null)
{
    /// <summary>Words spelling accepts besides the word lists (config <c>ignore-words:</c>).</summary>
    public IReadOnlyList<string> IgnoreWords { get; init; } = [];

    /// <summary>Term glossaries, one term a line (config <c>glossaries:</c>); for the spin detector.</summary>
    public IReadOnlyList<string> Glossaries { get; init; } = [];

    /// <summary>Rule pack files (config <c>rules:</c>).</summary>
    public IReadOnlyList<string> RulePaths { get; init; } = [];

    /// <summary>Built-in data only, American English.</summary>
    public static AnalyzerSettings Default { get; } = new([]);
}

/// <summary>The analysers the shipped tool runs. New analysers are registered here, in code (no reflection).</summary>
internal static class AnalyzerCatalog
{
    /// <summary>Creates the built-in analysers; called once per run, only by commands that analyse.</summary>
    /// <exception cref="PhrasebookException">A user phrasebook is unreadable or malformed.</exception>
    /// <exception cref="IOException">A user word list cannot be read.</exception>
    /// <exception cref="RulePackException">A rule pack is missing or malformed.</exception>
    public static IReadOnlyList<IAnalyzer> CreateDefault(AnalyzerSettings settings)
    {
        // The spelling data is the slowest to load: start it first, build the phrasebook meanwhile.
        var userWords = (settings.Dictionaries ?? []).SelectMany(SpellingAnalyzer.ReadWordList).Concat(settings.IgnoreWords).ToList();
        var spelling = Task.Run(() => SpellingAnalyzer.LoadDefault(settings.Language, userWords));
        var phrasebook = settings.Phrasebooks.Count == 0 ? PhrasebookAnalyzer.LoadDefault() : PhrasebookAnalyzer.LoadDefault(settings.Phrasebooks);
        // The spin detector loads its models on first use, so runs that switch it off pay nothing.
        // PROOFREAD_SPIN_THRESHOLD overrides the trained reporting threshold (for measuring curves).
        double? threshold = double.TryParse(Environment.GetEnvironmentVariable("PROOFREAD_SPIN_THRESHOLD"), NumberStyles.Float, CultureInfo.InvariantCulture, out var t) ? t : null;
        var glossary = settings.Glossaries.SelectMany(TermIndex.ReadGlossary).ToList();
        var spin = settings.Model is null && glossary.Count == 0
            ? new SpinAnalyzer(SpinResources.LoadDefault, threshold)
            : new SpinAnalyzer(() => SpinResources.Load(settings.Model is { } model ? NGramModel.Load(model) : NGramModel.LoadDefault(), glossaryTerms: glossary), threshold);
        // Rule packs are small YAML files; the tagger, morphology and language model load only when a rule needs them.
        var rules = RulesAnalyzer.LoadDefault(settings.RulePaths);
        var readability = new ReadabilityAnalyzer(CmuSyllableCounter.LoadDefault(), settings.Readability);
        return [phrasebook, spelling.GetAwaiter().GetResult(), rules, readability, spin];
    }
}
