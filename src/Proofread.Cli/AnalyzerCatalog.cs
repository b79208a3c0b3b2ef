using Proofread.Analyzers.Phrasebook;
using Proofread.Pipeline;

namespace Proofread.Cli;

/// <summary>The analysers the shipped tool runs. New analysers are registered here, in code (no reflection).</summary>
internal static class AnalyzerCatalog
{
    /// <summary>Creates the built-in analysers; called once per run, only by commands that analyse.</summary>
    public static IReadOnlyList<IAnalyzer> CreateDefault() => [PhrasebookAnalyzer.LoadDefault()];
}
