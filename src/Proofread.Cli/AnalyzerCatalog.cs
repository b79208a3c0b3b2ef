using Proofread.Analyzers.Phrasebook;
using Proofread.Analyzers.Readability;
using Proofread.Lexicon.Spelling;
using Proofread.Pipeline;
using Proofread.Rules;

namespace Proofread.Cli;

/// <summary>Options that decide how the analysers are built (language, user data files).</summary>
/// <param name="Phrasebooks">User phrasebook files laid over the built-in phrasebook.</param>
/// <param name="Language">The English variety whose spellings are accepted.</param>
/// <param name="Dictionaries">User word lists: one accepted word a line, '#' comments.</param>
/// <param name="RulePaths">Folders of YAML rule packs (or pack files) used beside the built-in packs.</param>
/// <param name="Readability">Thresholds of the per-sentence readability findings (defaults when null).</param>
internal sealed record AnalyzerSettings(
    IReadOnlyList<string> Phrasebooks,
    SpellingLanguage Language = SpellingLanguage.EnglishUS,
    IReadOnlyList<string>? Dictionaries = null,
    IReadOnlyList<string>? RulePaths = null,
    ReadabilitySettings? Readability = null)
{
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
        var userWords = (settings.Dictionaries ?? []).SelectMany(SpellingAnalyzer.ReadWordList).ToList();
        var spelling = Task.Run(() => SpellingAnalyzer.LoadDefault(settings.Language, userWords));
        var phrasebook = settings.Phrasebooks.Count == 0 ? PhrasebookAnalyzer.LoadDefault() : PhrasebookAnalyzer.LoadDefault(settings.Phrasebooks);
        // Rule packs are small YAML files; the tagger, morphology and language model load only when a rule needs them.
        var rules = RulesAnalyzer.LoadDefault(settings.RulePaths);
        var readability = new ReadabilityAnalyzer(CmuSyllableCounter.LoadDefault(), settings.Readability);
        return [phrasebook, spelling.GetAwaiter().GetResult(), rules, readability];
    }
}
