using System.Buffers;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Proofread.Findings;
using Proofread.Reporting.Formatting;
using Proofread.Text;

namespace Proofread.Reporting.Baselines;

/// <summary>One recorded finding: where, which rule, and its fingerprint. Text and line are for people reading the file.</summary>
public sealed record BaselineEntry(string Path, string Rule, string Fingerprint, string Text, int Line);

/// <summary>A baseline file could not be read.</summary>
public sealed class BaselineException(string message) : Exception(message);

/// <summary>
/// Findings recorded as accepted (<c>proofread baseline</c>), so that <c>check --baseline</c>
/// reports only new ones. A finding is recognised by its path and a fingerprint of its rule, its
/// text and the words around it on its line (all normalised: case, spacing and punctuation do not
/// count), not by its offset, so edits elsewhere in the file keep it recognised. The same
/// fingerprint recorded n times suppresses n findings.
/// </summary>
public sealed class Baseline
{
    /// <summary>The file format's version.</summary>
    public const int Version = 1;

    /// <summary>Words of context taken on each side of a finding.</summary>
    public const int ContextWords = 3;

    private readonly Dictionary<(string Path, string Fingerprint), int> _counts;

    private Baseline(ImmutableArray<BaselineEntry> entries)
    {
        Entries = entries;
        _counts = entries
            .GroupBy(e => (e.Path, e.Fingerprint))
            .ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>The recorded findings, by path and position.</summary>
    public ImmutableArray<BaselineEntry> Entries { get; }

    /// <summary>A baseline of every finding in <paramref name="reports"/>; paths relative to <paramref name="baseDirectory"/>.</summary>
    public static Baseline FromReports(IEnumerable<FileReport> reports, string? baseDirectory)
    {
        var entries = new List<BaselineEntry>();
        foreach (var report in reports)
        {
            var path = ReportPaths.Relative(report.Path, baseDirectory);
            foreach (var finding in report.Findings)
            {
                entries.Add(new BaselineEntry(
                    path,
                    finding.Rule.Id,
                    Fingerprint(report.Source, finding),
                    finding.Text,
                    report.Source.Lines.GetPosition(finding.Span.Start).Line));
            }
        }

        return new Baseline([.. entries.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line)]);
    }

    /// <summary>Reads a baseline written by <see cref="ToJson"/>.</summary>
    /// <exception cref="BaselineException">The text is not a baseline of this version.</exception>
    public static Baseline Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != Version
                || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new BaselineException($"not a version {Version} baseline (expected {{\"version\": {Version}, \"findings\": [...]}})");
            }

            var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
            foreach (var entry in findings.EnumerateArray())
            {
                entries.Add(new BaselineEntry(
                    Required(entry, "path"),
                    Required(entry, "rule"),
                    Required(entry, "fingerprint"),
                    entry.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : string.Empty,
                    entry.TryGetProperty("line", out var line) && line.ValueKind == JsonValueKind.Number ? line.GetInt32() : 0));
            }

            return new Baseline(entries.ToImmutable());
        }
        catch (JsonException e)
        {
            throw new BaselineException($"invalid JSON: {e.Message}");
        }
    }

    /// <summary>The baseline as indented JSON (LF line breaks, ending with one).</summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonReportWriter.Options(indented: true)))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", Version);
            writer.WriteStartArray("findings");
            foreach (var entry in Entries)
            {
                writer.WriteStartObject();
                writer.WriteString("path", entry.Path);
                writer.WriteString("rule", entry.Rule);
                writer.WriteString("fingerprint", entry.Fingerprint);
                writer.WriteString("text", entry.Text);
                writer.WriteNumber("line", entry.Line);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>
    /// The findings of the file at <paramref name="path"/> (relative as in <see cref="FromReports"/>)
    /// that the baseline does not record, in their order.
    /// </summary>
    public ImmutableArray<Finding> Filter(string path, SourceText source, ImmutableArray<Finding> findings)
    {
        if (findings.IsDefaultOrEmpty || _counts.Count == 0)
        {
            return findings.IsDefault ? [] : findings;
        }

        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = ImmutableArray.CreateBuilder<Finding>();
        foreach (var finding in findings)
        {
            var fingerprint = Fingerprint(source, finding);
            _counts.TryGetValue((path, fingerprint), out var recorded);
            used.TryGetValue(fingerprint, out var suppressed);
            if (suppressed < recorded)
            {
                used[fingerprint] = suppressed + 1;
            }
            else
            {
                kept.Add(finding);
            }
        }

        return kept.ToImmutable();
    }

    /// <summary>
    /// The fingerprint of a finding: a hash of its rule, its normalised text and the normalised
    /// <see cref="ContextWords"/> words before and after it on its line. 32 hex digits.
    /// </summary>
    public static string Fingerprint(SourceText source, Finding finding)
    {
        var text = source.Text;
        var lineStart = source.Lines.LineStart(source.Lines.GetPosition(finding.Span.Start).Line);
        var lineEnd = finding.Span.End;
        while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r'))
        {
            lineEnd++;
        }

        var before = Words(text.AsSpan(lineStart, finding.Span.Start - lineStart));
        var after = Words(text.AsSpan(finding.Span.End, lineEnd - finding.Span.End));
        var key = string.Join(
            '\u001F',
            finding.Rule.Id,
            string.Join(' ', Words(finding.Text)),
            string.Join(' ', before.TakeLast(ContextWords)),
            string.Join(' ', after.Take(ContextWords)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
    }

    // Lower-cased runs of letters and digits.
    private static List<string> Words(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0)
            {
                words.Add(builder.ToString());
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            words.Add(builder.ToString());
        }

        return words;
    }

    private static string Required(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new BaselineException($"a finding has no \"{name}\" string");
}
