namespace Proofread.Reporting;

/// <summary>The report formats of <c>proofread check --format</c>.</summary>
public enum ReportFormat
{
    /// <summary>Human-readable text, grouped by file.</summary>
    Text,

    /// <summary>One JSON document (the stable contract, version 1).</summary>
    Json,

    /// <summary>JSON Lines: one file object per line, written as each file finishes.</summary>
    JsonLines,
}

/// <summary>Whether text output uses ANSI colours.</summary>
public enum ColorMode
{
    /// <summary>Colour when the output is a terminal and <c>NO_COLOR</c> is unset or empty.</summary>
    Auto,

    /// <summary>Always colour.</summary>
    Always,

    /// <summary>Never colour.</summary>
    Never,
}

/// <summary>Turns a <see cref="ColorMode"/> into a yes or no.</summary>
public static class ColorModeResolver
{
    /// <summary>
    /// Resolves <paramref name="mode"/>; <paramref name="noColor"/> is the value of <c>NO_COLOR</c>
    /// (see no-color.org: any non-empty value disables colour in auto mode).
    /// </summary>
    public static bool UseColor(ColorMode mode, bool outputIsTerminal, string? noColor) => mode switch
    {
        ColorMode.Always => true,
        ColorMode.Never => false,
        _ => outputIsTerminal && string.IsNullOrEmpty(noColor),
    };
}
