namespace Proofread.Reporting.Formatting;

/// <summary>
/// Writes a run's report. One instance serves one run: <see cref="Begin"/>, then
/// <see cref="WriteFile"/> for every file in order, then <see cref="End"/>. Formatters stream:
/// each file is written (and flushed) as soon as it is given.
/// </summary>
public interface IReportFormatter
{
    /// <summary>Writes whatever precedes the first file.</summary>
    void Begin();

    /// <summary>Writes one file's report.</summary>
    void WriteFile(FileReport report);

    /// <summary>Writes whatever follows the last file.</summary>
    void End(RunSummary summary);
}

/// <summary>Totals known only at the end of a run.</summary>
/// <param name="FixedFiles">Files that <c>--fix</c> rewrote.</param>
/// <param name="AppliedEdits">Edits <c>--fix</c> applied over all files and passes.</param>
public sealed record RunSummary(int FixedFiles = 0, int AppliedEdits = 0)
{
    /// <summary>A run that fixed nothing.</summary>
    public static RunSummary None { get; } = new();
}

/// <summary>What formatters need to know beyond the reports.</summary>
/// <param name="Color">ANSI colours in terminal formats.</param>
/// <param name="BaseDirectory">
/// The directory report paths are made relative to (SARIF, GitHub, rdjson, Checkstyle): the
/// current directory, normally the repository root in CI. Null keeps paths as given.
/// </param>
public sealed record ReportOptions(bool Color = false, string? BaseDirectory = null)
{
    /// <summary>No colour; paths as given.</summary>
    public static ReportOptions Default { get; } = new();
}

/// <summary>Creates formatters by format.</summary>
public static class ReportFormatters
{
    /// <summary>A formatter of <paramref name="format"/> writing to <paramref name="output"/>.</summary>
    public static IReportFormatter Create(ReportFormat format, TextWriter output, bool color = false) =>
        Create(format, output, new ReportOptions(color));

    /// <summary>A formatter of <paramref name="format"/> writing to <paramref name="output"/>.</summary>
    public static IReportFormatter Create(ReportFormat format, TextWriter output, ReportOptions options) => format switch
    {
        ReportFormat.Text => new TextReportFormatter(output, options.Color),
        ReportFormat.Json => new JsonReportFormatter(output),
        ReportFormat.JsonLines => new JsonLinesReportFormatter(output),
        ReportFormat.Sarif => new SarifReportFormatter(output, options.BaseDirectory),
        ReportFormat.GitHub => new GitHubReportFormatter(output, options.BaseDirectory),
        ReportFormat.ReviewDogJson => new ReviewDogReportFormatter(output, options.BaseDirectory),
        ReportFormat.Checkstyle => new CheckstyleReportFormatter(output, options.BaseDirectory),
        ReportFormat.Html => new HtmlReportFormatter(output),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
