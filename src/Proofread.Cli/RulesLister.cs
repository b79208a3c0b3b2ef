using System.Text;
using Proofread.Findings;
using Proofread.Reporting.Formatting;

namespace Proofread.Cli;

/// <summary>Writes <c>proofread rules list</c>: an aligned table of id, category, severity and title.</summary>
internal static class RulesLister
{
    public static void Write(TextWriter output, IReadOnlyList<RuleDescriptor> rules)
    {
        string[] header = ["ID", "CATEGORY", "SEVERITY", "TITLE"];
        var rows = rules
            .Select(r => new[]
            {
                r.Id,
                JsonReportWriter.Name(r.Category),
                JsonReportWriter.Name(r.DefaultSeverity),
                r.EnabledByDefault ? r.Title : r.Title + " (off by default)",
            })
            .Prepend(header)
            .ToList();
        var widths = Enumerable.Range(0, header.Length - 1).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            for (var c = 0; c < widths.Length; c++)
            {
                builder.Append(row[c].PadRight(widths[c] + 2));
            }

            builder.Append(row[^1]).Append('\n');
        }

        output.Write(builder.ToString());
        output.Flush();
    }
}
