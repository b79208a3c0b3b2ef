using System.Buffers;
using System.Text.Json;
using Proofread.Findings;

namespace Proofread.Reporting.Formatting;

/// <summary>
/// <c>--format rdjson</c>: reviewdog's diagnostic format (a <c>DiagnosticResult</c> document) for
/// <c>reviewdog -f=rdjson</c>. Each finding is a diagnostic with its rule as <c>code</c>, a range
/// in 1-based lines and UTF-8 byte columns (reviewdog's unit; end exclusive), and the best
/// suggestion as a <c>suggestions</c> entry, which reviewdog turns into a one-click suggested
/// change on the pull request. The other suggestions are named in the message.
/// </summary>
public sealed class ReviewDogReportFormatter : IReportFormatter, IDisposable
{
    private readonly TextWriter _output;
    private readonly string? _baseDirectory;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _writer;

    /// <summary>Creates the formatter; paths are made relative to <paramref name="baseDirectory"/>.</summary>
    public ReviewDogReportFormatter(TextWriter output, string? baseDirectory = null)
    {
        _output = output;
        _baseDirectory = baseDirectory;
        _writer = new Utf8JsonWriter(_buffer, JsonReportWriter.Options(indented: true));
    }

    /// <inheritdoc />
    public void Begin()
    {
        _writer.WriteStartObject();
        _writer.WriteStartObject("source");
        _writer.WriteString("name", "proofread");
        _writer.WriteEndObject();
        _writer.WriteStartArray("diagnostics");
    }

    /// <inheritdoc />
    public void WriteFile(FileReport report)
    {
        var path = ReportPaths.Relative(report.Path, _baseDirectory);
        foreach (var finding in report.Findings)
        {
            var region = FindingRegion.Utf8Of(report, finding);
            _writer.WriteStartObject();
            _writer.WriteString("message", FindingText.MessageWithSuggestions(finding));
            _writer.WriteStartObject("location");
            _writer.WriteString("path", path);
            WriteRange(region);
            _writer.WriteEndObject();
            _writer.WriteString("severity", Severity(finding.Severity));
            _writer.WriteStartObject("code");
            _writer.WriteString("value", finding.Rule.Id);
            if (finding.Rule.HelpUri is { Length: > 0 } help)
            {
                _writer.WriteString("url", help);
            }

            _writer.WriteEndObject();
            if (finding.BestSuggestion is { } best)
            {
                _writer.WriteStartArray("suggestions");
                _writer.WriteStartObject();
                WriteRange(region);
                _writer.WriteString("text", best.Text);
                _writer.WriteEndObject();
                _writer.WriteEndArray();
            }

            _writer.WriteEndObject();
        }

        JsonReportWriter.Drain(_writer, _buffer, _output);
        _output.Flush();
    }

    /// <inheritdoc />
    public void End(RunSummary summary) => JsonReportWriter.FinishArrayDocument(_writer, _buffer, _output);

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    /// <summary>reviewdog's name of a severity.</summary>
    public static string Severity(Severity severity) => severity switch
    {
        Findings.Severity.Error => "ERROR",
        Findings.Severity.Warning => "WARNING",
        _ => "INFO",
    };

    private void WriteRange(FindingRegion region)
    {
        _writer.WriteStartObject("range");
        _writer.WriteStartObject("start");
        _writer.WriteNumber("line", region.StartLine);
        _writer.WriteNumber("column", region.StartColumn);
        _writer.WriteEndObject();
        _writer.WriteStartObject("end");
        _writer.WriteNumber("line", region.EndLine);
        _writer.WriteNumber("column", region.EndColumn);
        _writer.WriteEndObject();
        _writer.WriteEndObject();
    }
}
