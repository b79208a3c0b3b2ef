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

    /// <summary>SARIF 2.1.0, for code-scanning tools (GitHub code scanning and others).</summary>
    Sarif,

    /// <summary>GitHub Actions workflow commands (<c>::warning file=…::message</c>) and a summary line.</summary>
    GitHub,

    /// <summary>reviewdog's diagnostic format (rdjson), with suggestions.</summary>
    ReviewDogJson,

    /// <summary>Checkstyle XML.</summary>
    Checkstyle,

    /// <summary>One self-contained HTML page: findings and a highlighted diff.</summary>
    Html,
}

/// <summary>Format names as <c>--format</c> spells them.</summary>
public static class ReportFormatNames
{
    /// <summary>Every format and its name, in the order help lists them.</summary>
    public static IReadOnlyList<(string Name, ReportFormat Format)> All { get; } =
    [
        ("text", ReportFormat.Text),
        ("json", ReportFormat.Json),
        ("jsonl", ReportFormat.JsonLines),
        ("sarif", ReportFormat.Sarif),
        ("github", ReportFormat.GitHub),
        ("rdjson", ReportFormat.ReviewDogJson),
        ("checkstyle", ReportFormat.Checkstyle),
        ("html", ReportFormat.Html),
    ];

    /// <summary>The format called <paramref name="name"/>; text for an unknown name.</summary>
    public static ReportFormat Parse(string? name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal)) is { Name: not null } found ? found.Format : ReportFormat.Text;
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
