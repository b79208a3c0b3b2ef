using System.Globalization;
using System.Text;
using Proofread.Findings;

namespace Proofread.Reporting.Formatting;

/// <summary>
/// <c>--format github</c>: one GitHub Actions workflow command per finding,
/// <c>::warning file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=TITLE::MESSAGE</c>
/// (<c>error</c>, <c>warning</c> or <c>notice</c>), then a plain summary line with the counts per
/// level: GitHub shows only the first ten annotations of each kind per step, so the summary is
/// where the total shows.
/// </summary>
public sealed class GitHubReportFormatter : IReportFormatter
{
    private readonly TextWriter _output;
    private readonly string? _baseDirectory;
    private readonly int[] _counts = new int[3];
    private int _files;

    /// <summary>Creates the formatter; paths are made relative to <paramref name="baseDirectory"/>.</summary>
    public GitHubReportFormatter(TextWriter output, string? baseDirectory = null)
    {
        _output = output;
        _baseDirectory = baseDirectory;
    }

    /// <inheritdoc />
    public void Begin()
    {
    }

    /// <inheritdoc />
    public void WriteFile(FileReport report)
    {
        _files++;
        var path = ReportPaths.Relative(report.Path, _baseDirectory);
        var builder = new StringBuilder();

        // A plain log line, not an annotation: GitHub shows only ten annotations per step.
        if (report.Readability?.Describe() is { } readability)
        {
            builder.Append("Readability of ").Append(path).Append(": ").Append(readability).Append('\n');
        }

        foreach (var finding in report.Findings)
        {
            _counts[(int)finding.Severity]++;
            var region = FindingRegion.Of(report, finding);
            builder.Append("::").Append(Command(finding.Severity)).Append(' ')
                .Append("file=").Append(EscapeProperty(path))
                .Append(",line=").Append(Number(region.StartLine))
                .Append(",col=").Append(Number(region.StartColumn))
                .Append(",endLine=").Append(Number(region.EndLine))
                .Append(",endColumn=").Append(Number(region.EndColumn))
                .Append(",title=").Append(EscapeProperty(FindingText.Title(finding.Rule)))
                .Append("::").Append(EscapeData(FindingText.MessageWithSuggestions(finding)))
                .Append('\n');
        }

        _output.Write(builder.ToString());
        _output.Flush();
    }

    /// <inheritdoc />
    public void End(RunSummary summary)
    {
        var findings = _counts.Sum();
        var line = new StringBuilder("Proofread: ").Append(TextReportFormatter.Summary(findings, _files));
        if (findings > 0)
        {
            line.Append(" (")
                .Append(string.Join(", ", new[] { Severity.Error, Severity.Warning, Severity.Info }
                    .Where(s => _counts[(int)s] > 0)
                    .Select(s => TextReportFormatter.Quantity(_counts[(int)s], Command(s), Command(s) + "s"))))
                .Append(')');
            if (_counts.Any(c => c > 10))
            {
                line.Append("; GitHub shows the first 10 annotations of each kind, so run proofread locally for the rest");
            }
        }

        _output.Write(line.Append('\n').ToString());
        _output.Flush();
    }

    /// <summary>The workflow command for a severity.</summary>
    public static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>Escapes a command's message: <c>%</c>, CR and LF.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a command's property value: as data, and also <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
