using System.Globalization;
using System.Net;
using System.Text;
using Proofread.Editing;
using Proofread.Reporting.Diff;

namespace Proofread.Reporting.Formatting;

/// <summary>
/// <c>--format html</c>: one self-contained page (inline CSS, no scripts, no external assets):
/// a summary, then per file with findings a table of them and the proposed changes as a
/// word-highlighted diff (the best suggestion of every finding, overlaps resolved as
/// <c>--diff</c> resolves them in its first pass). Every piece of text is HTML-escaped.
/// The page is written at the end of the run, since the summary heads it.
/// </summary>
public sealed class HtmlReportFormatter : IReportFormatter
{
    private const string Style = """
        :root { color-scheme: light; --del: #ffe2e0; --del-strong: #f5a8a3; --ins: #e0f5e3; --ins-strong: #9fdcaa; }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1f2328; }
        h1 { font-size: 1.6rem; margin-bottom: .2rem; }
        h2 { font-size: 1.15rem; margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; font-family: ui-monospace, monospace; }
        h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
        .summary { color: #59636e; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #eaeef2; }
        th { background: #f6f8fa; font-weight: 600; }
        .where, .rule { font-family: ui-monospace, monospace; font-size: .9em; white-space: nowrap; }
        .sev { display: inline-block; border-radius: 1em; padding: 0 .6em; font-size: .8em; font-weight: 600; }
        .sev-error { background: #ffebe9; color: #a40e26; }
        .sev-warning { background: #fff8c5; color: #7d4e00; }
        .sev-info { background: #ddf4ff; color: #0550ae; }
        .found { background: var(--del); border-radius: 3px; padding: 0 2px; }
        .suggestion { background: var(--ins); border-radius: 3px; padding: 0 2px; }
        .confidence { color: #59636e; font-size: .85em; }
        .diff td { font-family: ui-monospace, monospace; font-size: .9em; white-space: pre-wrap; word-break: break-word; }
        .diff .num { color: #59636e; text-align: right; width: 3.5em; user-select: none; }
        .diff tr.old td.line { background: var(--del); }
        .diff tr.new td.line { background: var(--ins); }
        .diff del { background: var(--del-strong); text-decoration: line-through; }
        .diff ins { background: var(--ins-strong); text-decoration: none; }
        .clean { color: #1a7f37; }
        """;

    private readonly TextWriter _output;
    private readonly StringBuilder _body = new();
    private int _files;
    private int _findings;

    /// <summary>Creates the formatter.</summary>
    public HtmlReportFormatter(TextWriter output) => _output = output;

    /// <inheritdoc />
    public void Begin()
    {
    }

    /// <inheritdoc />
    public void WriteFile(FileReport report)
    {
        _files++;
        _findings += report.Findings.Length;
        var readability = report.Readability?.Describe();
        if (report.Findings.IsDefaultOrEmpty && readability is null)
        {
            return;
        }

        var body = _body;
        body.Append("<section>\n<h2>").Append(Escape(report.Path)).Append("</h2>\n");
        if (readability is not null)
        {
            body.Append("<p class=\"readability\">Readability: ").Append(Escape(readability)).Append("</p>\n");
        }

        if (report.Findings.IsDefaultOrEmpty)
        {
            body.Append("</section>\n");
            return;
        }

        body.Append("<table class=\"findings\">\n<thead><tr><th>Where</th><th>Severity</th><th>Rule</th><th>Found</th><th>Message</th><th>Suggestions</th></tr></thead>\n<tbody>\n");
        foreach (var finding in report.Findings)
        {
            var region = FindingRegion.Of(report, finding);
            var severity = JsonReportWriter.Name(finding.Severity);
            body.Append("<tr><td class=\"where\">").Append(region.StartLine).Append(':').Append(region.StartColumn).Append("</td>")
                .Append("<td><span class=\"sev sev-").Append(severity).Append("\">").Append(severity).Append("</span></td>")
                .Append("<td class=\"rule\" title=\"").Append(Escape(finding.Rule.Title)).Append("\">").Append(Escape(finding.Rule.Id)).Append("</td>")
                .Append("<td><span class=\"found\">").Append(Escape(finding.Text)).Append("</span></td>")
                .Append("<td>").Append(Escape(finding.Message)).Append("</td><td>");
            if (!finding.Suggestions.IsDefaultOrEmpty)
            {
                for (var i = 0; i < finding.Suggestions.Length; i++)
                {
                    var suggestion = finding.Suggestions[i];
                    body.Append(i > 0 ? "<br>" : string.Empty)
                        .Append("<span class=\"suggestion\">").Append(Escape(suggestion.Text)).Append("</span> <span class=\"confidence\">")
                        .Append(TextReportFormatter.Percent(suggestion.Confidence)).Append("</span>");
                }
            }

            body.Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
        var fixedText = TextEditApplier.Apply(report.Source.Text, EditResolver.Resolve(report.Findings));
        var hunks = WordDiff.Compare(report.Source.Text, fixedText);
        if (hunks.Length > 0)
        {
            body.Append("<h3>Proposed changes</h3>\n<table class=\"diff\">\n");
            foreach (var line in hunks.SelectMany(h => h.Lines))
            {
                AppendDiffRow(body, "old", line.OldLine, line, DiffSegmentKind.Inserted, "del");
                AppendDiffRow(body, "new", line.NewLine, line, DiffSegmentKind.Deleted, "ins");
            }

            body.Append("</table>\n");
        }

        body.Append("</section>\n");
    }

    /// <inheritdoc />
    public void End(RunSummary summary)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Proofread report</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n")
            .Append("<h1>Proofread report</h1>\n<p class=\"summary\">").Append(Escape(TextReportFormatter.Summary(_findings, _files))).Append("</p>\n");
        if (_findings == 0)
        {
            page.Append("<p class=\"clean\">Nothing to report.</p>\n");
        }

        page.Append(_body).Append("</body>\n</html>\n");
        _output.Write(page.ToString());
        _output.Flush();
    }

    /// <summary>Text escaped for HTML element content and double- or single-quoted attributes.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static void AppendDiffRow(StringBuilder body, string side, int? number, DiffLinePair line, DiffSegmentKind skipped, string tag)
    {
        if (number is not { } n)
        {
            return;
        }

        body.Append("<tr class=\"").Append(side).Append("\"><td class=\"num\">")
            .Append(side == "old" ? n.ToString(CultureInfo.InvariantCulture) : string.Empty).Append("</td><td class=\"num\">")
            .Append(side == "new" ? n.ToString(CultureInfo.InvariantCulture) : string.Empty).Append("</td><td class=\"line\">")
            .Append(side == "old" ? "−" : "+").Append(' ');
        foreach (var segment in line.Segments.Where(s => s.Kind != skipped))
        {
            if (segment.Kind == DiffSegmentKind.Equal)
            {
                body.Append(Escape(segment.Text));
            }
            else
            {
                body.Append('<').Append(tag).Append('>').Append(Escape(segment.Text)).Append("</").Append(tag).Append('>');
            }
        }

        body.Append("</td></tr>\n");
    }
}
