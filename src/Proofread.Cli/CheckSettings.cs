using Proofread.Findings;
using Proofread.Reporting;

namespace Proofread.Cli;

/// <summary>What <c>check</c> does with its findings.</summary>
internal enum CheckMode
{
    /// <summary>Report findings.</summary>
    Report,

    /// <summary>Print the corrections as a unified diff; write nothing.</summary>
    Diff,

    /// <summary>Write the corrections into the files, then report what remains.</summary>
    Fix,

    /// <summary>Record the findings in a baseline file (<c>proofread baseline</c>); report nothing.</summary>
    Baseline,
}

/// <summary>The checked, frozen options of one <c>check</c> run.</summary>
/// <param name="Paths">The paths as given ('-' is standard input).</param>
/// <param name="Format">The report format.</param>
/// <param name="Mode">Report, diff or fix.</param>
/// <param name="FailOn">The lowest severity that fails the run; null for never.</param>
/// <param name="Includes">Globs of files to check inside directories.</param>
/// <param name="Excludes">Globs of files to skip inside directories.</param>
/// <param name="Color">Whether text output uses ANSI colours.</param>
/// <param name="Extras">Diff style and baselines (<see cref="CheckExtras"/>).</param>
internal sealed record CheckSettings(
    IReadOnlyList<string> Paths,
    ReportFormat Format,
    CheckMode Mode,
    Severity? FailOn,
    IReadOnlyList<string> Includes,
    IReadOnlyList<string> Excludes,
    bool Color,
    CheckExtras? Extras = null)
{
    /// <summary>Decides, by full path, whether a file found inside a directory is checked (config include/exclude); null takes every match.</summary>
    public Func<string, bool>? Accept { get; init; }

    /// <summary>Files larger than this are refused with an error rather than read into memory.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;
}
