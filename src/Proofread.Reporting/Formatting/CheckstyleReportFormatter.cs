using System.Text;
using System.Xml;

namespace Proofread.Reporting.Formatting;

/// <summary>
/// <c>--format checkstyle</c>: Checkstyle's XML report, which many CI tools read:
/// <c>&lt;checkstyle&gt;&lt;file name="…"&gt;&lt;error line column severity message source/&gt;</c>.
/// Every file checked gets a <c>file</c> element (an empty one when clean), as Checkstyle does.
/// Characters that XML 1.0 cannot carry are written as U+FFFD.
/// </summary>
public sealed class CheckstyleReportFormatter : IReportFormatter
{
    private readonly TextWriter _output;
    private readonly string? _baseDirectory;

    /// <summary>Creates the formatter; paths are made relative to <paramref name="baseDirectory"/>.</summary>
    public CheckstyleReportFormatter(TextWriter output, string? baseDirectory = null)
    {
        _output = output;
        _baseDirectory = baseDirectory;
    }

    /// <inheritdoc />
    public void Begin()
    {
        _output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
        _output.Flush();
    }

    /// <inheritdoc />
    public void WriteFile(FileReport report)
    {
        var builder = new StringBuilder();
        var path = Attribute(ReportPaths.Relative(report.Path, _baseDirectory));
        if (report.Findings.IsDefaultOrEmpty)
        {
            builder.Append("  <file name=\"").Append(path).Append("\"/>\n");
        }
        else
        {
            builder.Append("  <file name=\"").Append(path).Append("\">\n");
            foreach (var finding in report.Findings)
            {
                var region = FindingRegion.Of(report, finding);
                builder.Append("    <error line=\"").Append(region.StartLine)
                    .Append("\" column=\"").Append(region.StartColumn)
                    .Append("\" severity=\"").Append(JsonReportWriter.Name(finding.Severity))
                    .Append("\" message=\"").Append(Attribute(FindingText.MessageWithSuggestions(finding)))
                    .Append("\" source=\"proofread.").Append(Attribute(finding.Rule.Id))
                    .Append("\"/>\n");
            }

            builder.Append("  </file>\n");
        }

        _output.Write(builder.ToString());
        _output.Flush();
    }

    /// <inheritdoc />
    public void End(RunSummary summary)
    {
        _output.Write("</checkstyle>\n");
        _output.Flush();
    }

    /// <summary>A value escaped for a double-quoted XML attribute.</summary>
    public static string Attribute(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&apos;"); break;

                // Attribute values normalise raw whitespace; references keep it.
                case '\n': builder.Append("&#10;"); break;
                case '\r': builder.Append("&#13;"); break;
                case '\t': builder.Append("&#9;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (XmlConvert.IsXmlChar(c))
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append('\uFFFD');
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
