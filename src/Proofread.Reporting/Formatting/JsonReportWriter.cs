using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Proofread.Findings;

namespace Proofread.Reporting.Formatting;

/// <summary>
/// Writes the JSON contract's file object (DESIGN.md "Contracts"): keys in a fixed order,
/// camelCase, lower-case enum names, offsets in UTF-16 units, 1-based lines and columns.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>The contract version written at the top of <c>--format json</c>.</summary>
    public const int Version = 1;

    /// <summary>Writer options: readable (unescaped) non-ASCII text, and LF line breaks when indented.</summary>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one file object.</summary>
    public static void WriteFile(Utf8JsonWriter writer, FileReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("path", report.Path);
        writer.WriteNumber("words", report.Words);
        writer.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            WriteFinding(writer, report, finding);
        }

        writer.WriteEndArray();
        if (report.Spin is { } spin)
        {
            writer.WriteStartObject("spin");
            WriteNumberOrNull(writer, "score", spin.Score, 2);
            writer.WriteNumber("suspicious", spin.Suspicious);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("spin");
        }

        if (report.Readability is { } readability)
        {
            WriteReadability(writer, "readability", readability);
        }
        else
        {
            writer.WriteNull("readability");
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a readability object under <paramref name="name"/> (the JSON contract's keys; SARIF reuses it).</summary>
    internal static void WriteReadability(Utf8JsonWriter writer, string name, ReadabilitySummary readability)
    {
        {
            writer.WriteStartObject(name);
            WriteNumberOrNull(writer, "fleschReadingEase", readability.FleschReadingEase, 1);
            WriteNumberOrNull(writer, "fleschKincaidGrade", readability.FleschKincaidGrade, 1);
            WriteNumberOrNull(writer, "gunningFog", readability.GunningFog, 1);
            WriteNumberOrNull(writer, "smog", readability.Smog, 1);
            WriteNumberOrNull(writer, "colemanLiau", readability.ColemanLiau, 1);
            WriteNumberOrNull(writer, "automatedReadabilityIndex", readability.AutomatedReadabilityIndex, 1);
            WriteNumberOrNull(writer, "daleChall", readability.DaleChall, 1);
            WriteNumberOrNull(writer, "sentences", readability.Sentences, 0);
            WriteNumberOrNull(writer, "words", readability.Words, 0);
            WriteNumberOrNull(writer, "syllables", readability.Syllables, 0);
            writer.WriteEndObject();
        }
    }

    private static void WriteFinding(Utf8JsonWriter writer, FileReport report, Finding finding)
    {
        var position = report.Source.Lines.GetPosition(finding.Span.Start);
        writer.WriteStartObject();
        writer.WriteString("rule", finding.Rule.Id);
        writer.WriteString("category", Name(finding.Category));
        writer.WriteString("severity", Name(finding.Severity));
        writer.WriteNumber("line", position.Line);
        writer.WriteNumber("column", position.Column);
        writer.WriteNumber("offset", finding.Span.Start);
        writer.WriteNumber("length", finding.Span.Length);
        writer.WriteString("text", finding.Text);
        writer.WriteString("message", finding.Message);
        writer.WriteStartArray("suggestions");
        if (!finding.Suggestions.IsDefault)
        {
            foreach (var suggestion in finding.Suggestions)
            {
                writer.WriteStartObject();
                writer.WriteString("text", suggestion.Text);
                writer.WriteNumber("confidence", Math.Round(suggestion.Confidence, 2, MidpointRounding.AwayFromZero));
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // NaN and infinities are not JSON numbers; a figure that cannot be computed is null.
    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double? value, int decimals)
    {
        if (value is { } v && double.IsFinite(v))
        {
            // Adding 0.0 turns a rounded -0 into 0, so "-0" never appears.
            writer.WriteNumber(name, Math.Round(v, decimals, MidpointRounding.AwayFromZero) + 0.0);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>The contract's name of a severity.</summary>
    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    /// <summary>The contract's name of a category.</summary>
    public static string Name(FindingCategory category) => category switch
    {
        FindingCategory.Spin => "spin",
        FindingCategory.Spelling => "spelling",
        FindingCategory.Grammar => "grammar",
        FindingCategory.Style => "style",
        FindingCategory.Readability => "readability",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    // Closes the document's top-level array and object ({... "name": [ ... ]}), writes the rest and a final line break.
    internal static void FinishArrayDocument(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, TextWriter output)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
        Drain(writer, buffer, output);
        output.Write('\n');
        output.Flush();
    }

    // Moves what the JSON writer produced so far to the text output.
    internal static void Drain(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, TextWriter output)
    {
        writer.Flush();
        if (buffer.WrittenCount > 0)
        {
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
        }
    }
}

/// <summary><c>--format json</c>: <c>{"version": 1, "files": [...]}</c>, indented, streamed file by file.</summary>
public sealed class JsonReportFormatter : IReportFormatter, IDisposable
{
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _writer;

    /// <summary>Creates the formatter.</summary>
    public JsonReportFormatter(TextWriter output)
    {
        _output = output;
        _writer = new Utf8JsonWriter(_buffer, JsonReportWriter.Options(indented: true));
    }

    /// <inheritdoc />
    public void Begin()
    {
        _writer.WriteStartObject();
        _writer.WriteNumber("version", JsonReportWriter.Version);
        _writer.WriteStartArray("files");
    }

    /// <inheritdoc />
    public void WriteFile(FileReport report)
    {
        JsonReportWriter.WriteFile(_writer, report);
        JsonReportWriter.Drain(_writer, _buffer, _output);
        _output.Flush();
    }

    /// <inheritdoc />
    public void End(RunSummary summary) => JsonReportWriter.FinishArrayDocument(_writer, _buffer, _output);

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}

/// <summary>
/// <c>--format jsonl</c>: one compact file object per line (the keys of a <c>files[]</c> element),
/// written as each file finishes, for batch engines that pipe documents through the tool.
/// </summary>
public sealed class JsonLinesReportFormatter : IReportFormatter, IDisposable
{
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _writer;

    /// <summary>Creates the formatter.</summary>
    public JsonLinesReportFormatter(TextWriter output)
    {
        _output = output;
        _writer = new Utf8JsonWriter(_buffer, JsonReportWriter.Options(indented: false));
    }

    /// <inheritdoc />
    public void Begin()
    {
    }

    /// <inheritdoc />
    public void WriteFile(FileReport report)
    {
        _writer.Reset();
        JsonReportWriter.WriteFile(_writer, report);
        JsonReportWriter.Drain(_writer, _buffer, _output);
        _output.Write('\n');
        _output.Flush();
    }

    /// <inheritdoc />
    public void End(RunSummary summary) => _output.Flush();

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}
