using System.Buffers;
using System.Text.Json;
using Proofread.Findings;
using Proofread.Reporting.Baselines;

namespace Proofread.Reporting.Formatting;

/// <summary>
/// <c>--format sarif</c>: one SARIF 2.1.0 log with one run. <c>tool.driver.rules</c> lists every
/// rule that reported (sorted by id) with short and full descriptions and its help link when it has
/// one; each result has its rule, level, message, a region (UTF-16 columns, end column exclusive,
/// as SARIF counts by default) in a path relative to the base directory, and a fix made from the
/// first suggestion, and the baseline fingerprint as a partial fingerprint. The log is written at
/// the end of the run: rules are known only then.
/// </summary>
public sealed class SarifReportFormatter : IReportFormatter
{
    /// <summary>The schema the log declares (and the tests validate against).</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The key of Proofread's fingerprint in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "proofread/v1";

    private readonly TextWriter _output;
    private readonly string? _baseDirectory;
    private readonly List<(FileReport Report, Finding Finding)> _results = [];
    private readonly List<(string Uri, ReadabilitySummary Readability)> _readability = [];

    /// <summary>Creates the formatter; paths are made relative to <paramref name="baseDirectory"/>.</summary>
    public SarifReportFormatter(TextWriter output, string? baseDirectory = null)
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
        if (report.Readability is { } readability)
        {
            _readability.Add((ReportPaths.ToUri(ReportPaths.Relative(report.Path, _baseDirectory)), readability));
        }

        foreach (var finding in report.Findings)
        {
            _results.Add((report, finding));
        }
    }

    /// <inheritdoc />
    public void End(RunSummary summary)
    {
        var rules = _results
            .Select(r => r.Finding.Rule)
            .DistinctBy(r => r.Id)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonReportWriter.Options(indented: true)))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", "Proofread");
            writer.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(writer, rule);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteString("columnKind", "utf16CodeUnits");
            writer.WriteStartArray("results");
            foreach (var (report, finding) in _results)
            {
                WriteResult(writer, report, finding, ruleIndex[finding.Rule.Id]);
            }

            writer.WriteEndArray();
            if (_readability.Count > 0)
            {
                // SARIF has no readability fields: the run's property bag carries them, by file.
                writer.WriteStartObject("properties");
                writer.WriteStartObject("readability");
                foreach (var (uri, readability) in _readability)
                {
                    JsonReportWriter.WriteReadability(writer, uri, readability);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            JsonReportWriter.Drain(writer, buffer, _output);
        }

        _output.Write('\n');
        _output.Flush();
    }

    /// <summary>SARIF's level for a severity.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static void WriteRule(Utf8JsonWriter writer, RuleDescriptor rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        WriteMessage(writer, "shortDescription", rule.Title);
        WriteMessage(writer, "fullDescription", string.IsNullOrWhiteSpace(rule.Description) ? rule.Title : rule.Description);
        if (rule.HelpUri is { Length: > 0 } help && Uri.IsWellFormedUriString(help, UriKind.Absolute))
        {
            writer.WriteString("helpUri", help);
        }

        // Code scanning shows a rule's help beside each alert; without a help page the description is the help.
        WriteMessage(writer, "help", $"{(string.IsNullOrWhiteSpace(rule.Description) ? rule.Title : rule.Description)} Category: {JsonReportWriter.Name(rule.Category)}; rule id: {rule.Id}.");

        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", Level(rule.DefaultSeverity));
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("category", JsonReportWriter.Name(rule.Category));
        writer.WriteStartArray("tags");
        writer.WriteStringValue(JsonReportWriter.Name(rule.Category));
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter writer, FileReport report, Finding finding, int ruleIndex)
    {
        var uri = ReportPaths.ToUri(ReportPaths.Relative(report.Path, _baseDirectory));
        var region = FindingRegion.Of(report, finding);
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.Rule.Id);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", Level(finding.Severity));
        WriteMessage(writer, "message", FindingText.MessageWithSuggestions(finding));
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        WriteArtifact(writer, uri);
        WriteRegion(writer, "region", region, finding.Text);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();

        // The baseline fingerprint (rule, text, nearby words; no offsets) lets code scanning follow an alert across edits.
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString(FingerprintKey, Baseline.Fingerprint(report.Source, finding));
        writer.WriteEndObject();
        if (finding.BestSuggestion is { } best)
        {
            writer.WriteStartArray("fixes");
            writer.WriteStartObject();
            WriteMessage(writer, "description", $"Replace '{finding.Text}' with '{best.Text}'");
            writer.WriteStartArray("artifactChanges");
            writer.WriteStartObject();
            WriteArtifact(writer, uri);
            writer.WriteStartArray("replacements");
            writer.WriteStartObject();
            WriteRegion(writer, "deletedRegion", region, snippet: null);
            writer.WriteStartObject("insertedContent");
            writer.WriteString("text", best.Text);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter writer, string uri)
    {
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", uri);
        writer.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter writer, string name, FindingRegion region, string? snippet)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("startLine", region.StartLine);
        writer.WriteNumber("startColumn", region.StartColumn);
        writer.WriteNumber("endLine", region.EndLine);
        writer.WriteNumber("endColumn", region.EndColumn);
        if (snippet is not null)
        {
            writer.WriteStartObject("snippet");
            writer.WriteString("text", snippet);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }
}
