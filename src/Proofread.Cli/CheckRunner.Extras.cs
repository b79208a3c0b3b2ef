using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Proofread.Documents;
using Proofread.Editing;
using Proofread.Findings;
using Proofread.Pipeline;
using Proofread.Reporting;
using Proofread.Reporting.Baselines;
using Proofread.Reporting.Diff;
using Proofread.Reporting.Formatting;
using Proofread.Text;

namespace Proofread.Cli;

/// <summary>Diff styles and baselines: kept apart from the run's main flow.</summary>
internal sealed partial class CheckRunner
{
    private CheckExtras Extras => _settings.Extras ?? CheckExtras.Default;

    /// <summary>The report of one document, as check writes it (baseline applied).</summary>
    public FileReport ReportOf(ProofreadPipeline pipeline, Document document) => Report(pipeline, document, pipeline.Analyze(document)).Report!;

    private string RenderDiff(Document document, FixResult result) =>
        DiffRenderer.Render(Extras.DiffStyle, document.Path, result.Original, result.Fixed, document.Source.Encoding, _settings.Color, Extras.DiffWidth);

    // check --baseline: findings the baseline records are dropped before reporting and the exit code.
    private ImmutableArray<Finding> WithoutBaseline(Document document, ImmutableArray<Finding> findings) =>
        Extras.Baseline is { } baseline
            ? baseline.Filter(ReportPaths.Relative(document.Path, _host.WorkingDirectory), document.Source, findings)
            : findings;

    // proofread baseline --out FILE: written even when some inputs failed (they are on stderr and exit 2).
    private int WriteBaseline(List<FileReport> reports, int exitCode)
    {
        var baseline = Baseline.FromReports(reports, _host.WorkingDirectory);
        var path = Path.GetFullPath(Extras.BaselineOut ?? throw new InvalidOperationException("no --out"), _host.WorkingDirectory);
        File.WriteAllText(path, baseline.ToJson());
        _host.Out.Write($"Recorded {TextReportFormatter.Quantity(baseline.Entries.Length, "finding", "findings")} of {TextReportFormatter.Quantity(reports.Count, "file", "files")} in {Extras.BaselineOut}\n");
        _host.Out.Flush();
        return exitCode == ExitCodes.Error ? ExitCodes.Error : ExitCodes.Success;
    }
}

/// <summary>The options of <c>check</c> that go beyond reporting and fixing.</summary>
/// <param name="DiffStyle">How <c>--diff</c> shows corrections.</param>
/// <param name="DiffWidth">The width of side-by-side diffs.</param>
/// <param name="Baseline">Findings to leave out (<c>check --baseline</c>).</param>
/// <param name="BaselineOut">Where <c>proofread baseline</c> writes.</param>
internal sealed record CheckExtras(DiffStyle DiffStyle, int DiffWidth, Baseline? Baseline, string? BaselineOut)
{
    public static CheckExtras Default { get; } = new(DiffStyle.Unified, DiffRenderer.DefaultWidth, null, null);
}

/// <summary>
/// <c>check --stdin-jsonl</c>: documents arrive as JSON Lines on standard input,
/// <c>{"path": "a.md", "text": "…"}</c> (the path picks Markdown or plain text and names the
/// document in the output), and each gets one <c>--format jsonl</c> line on standard output,
/// flushed at once, so a batch engine can run Proofread as a filter. A line that is not such an
/// object gets <c>{"path": …, "error": "…"}</c> and the exit code 2; blank lines are skipped.
/// </summary>
internal sealed class JsonLinesInputRunner(PipelineProvider pipelines, CheckSettings settings, CliHost host)
{
    public int Run()
    {
        // Standard input takes the configuration found from the working directory.
        var input = new Input("-", host.WorkingDirectory, IsStandardInput: true);
        var problems = pipelines.Prepare([input]);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                host.Error.Write($"proofread: {problem}\n");
            }

            return ExitCodes.Error;
        }

        var pipeline = pipelines.For(input);
        var runner = new CheckRunner(pipelines, settings, host);
        using var formatter = new JsonLinesReportFormatter(host.Out);
        using var reader = new StreamReader(host.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var exitCode = ExitCodes.Success;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (path, text, error) = Parse(line, number);
            if (error is null)
            {
                var report = runner.ReportOf(pipeline, DocumentLoader.FromSource(path!, new SourceText(text!), DocumentLoader.KindOf(path!)));
                formatter.WriteFile(report);
                if (exitCode == ExitCodes.Success && settings.FailOn is { } threshold && report.Findings.Any(f => f.Severity >= threshold))
                {
                    exitCode = ExitCodes.Findings;
                }

                continue;
            }

            WriteError(path, error);
            host.Error.Write($"proofread: standard input line {number}: {error}\n");
            exitCode = ExitCodes.Error;
        }

        host.Out.Flush();
        return exitCode;
    }

    private static (string? Path, string? Text, string? Error) Parse(string line, int number)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, "expected a JSON object {\"path\": …, \"text\": …}");
            }

            var path = root.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            if (!root.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
            {
                return (path, null, "no \"text\" string");
            }

            return (string.IsNullOrEmpty(path) ? $"stdin:{number.ToString(CultureInfo.InvariantCulture)}" : path, t.GetString(), null);
        }
        catch (JsonException e)
        {
            return (null, null, $"invalid JSON: {e.Message}");
        }
    }

    private void WriteError(string? path, string error)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonReportWriter.Options(indented: false)))
        {
            writer.WriteStartObject();
            if (path is null)
            {
                writer.WriteNull("path");
            }
            else
            {
                writer.WriteString("path", path);
            }

            writer.WriteString("error", error);
            writer.WriteEndObject();
        }

        host.Out.Write(Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n");
        host.Out.Flush();
    }
}
