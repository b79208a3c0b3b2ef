using System.Text;
using Proofread.Findings;
using Proofread.Pipeline;
using Proofread.Reporting.Formatting;

namespace Proofread.Cli;

/// <summary>
/// Writes <c>proofread rules list</c>: an aligned table of id, category, severity and title, as a
/// pipeline's configuration sets them (severity overrides; rules that are off marked, with why).
/// </summary>
internal static class RulesLister
{
    public static void Write(TextWriter output, ProofreadPipeline pipeline)
    {
        string[] header = ["ID", "CATEGORY", "SEVERITY", "TITLE"];
        var rows = pipeline.Rules
            .Select(r => new[]
            {
                r.Id,
                JsonReportWriter.Name(r.Category),
                JsonReportWriter.Name(pipeline.Options.Severities.GetValueOrDefault(r.Id, r.DefaultSeverity)),
                r.Title + StateNote(pipeline, r),
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

    /// <summary>" (off by default)", " (off in config)", " (on in config)", or nothing when the rule runs as shipped.</summary>
    public static string StateNote(ProofreadPipeline pipeline, RuleDescriptor rule) =>
        (pipeline.EnabledRules.Contains(rule.Id), rule.EnabledByDefault) switch
        {
            (false, false) => " (off by default)",
            (false, true) => " (off in config)",
            (true, false) => " (on in config)",
            _ => "",
        };
}
