using Proofread.Analyzers.Phrasebook;
using Proofread.Pipeline;

namespace Proofread.Cli;

/// <summary>Options that decide how the analysers are built (user data files).</summary>
/// <param name="Phrasebooks">User phrasebook files laid over the built-in phrasebook.</param>
internal sealed record AnalyzerSettings(IReadOnlyList<string> Phrasebooks)
{
    /// <summary>Built-in data only.</summary>
    public static AnalyzerSettings Default { get; } = new([]);
}

/// <summary>The analysers the shipped tool runs. New analysers are registered here, in code (no reflection).</summary>
internal static class AnalyzerCatalog
{
    /// <summary>Creates the built-in analysers; called once per run, only by commands that analyse.</summary>
    /// <exception cref="PhrasebookException">A user phrasebook is unreadable or malformed.</exception>
    public static IReadOnlyList<IAnalyzer> CreateDefault(AnalyzerSettings settings) =>
    [
        settings.Phrasebooks.Count == 0 ? PhrasebookAnalyzer.LoadDefault() : PhrasebookAnalyzer.LoadDefault(settings.Phrasebooks),
    ];
}
