using System.CommandLine;
using System.Text;
using Proofread.Findings;
using Proofread.Pipeline;
using Proofread.Reporting.Formatting;
using Proofread.Rules;

namespace Proofread.Cli;

/// <summary>
/// The rule-pack side of the command line: <c>check --rules-path DIR</c>, <c>rules show ID</c> and
/// <c>rules test PACK</c>. Kept apart from <see cref="ProofreadCli"/> so the pack commands live in one place.
/// </summary>
internal static class RuleCommands
{
    /// <summary>The repeatable <c>--rules-path</c> option of <c>check</c>.</summary>
    public static Option<string[]> RulesPathOption() => new("--rules-path")
    {
        Description = "A folder of YAML rule packs (or one pack file) used beside the built-in packs; repeatable.",
        HelpName = "DIR",
    };

    /// <summary>The full paths of the <c>--rules-path</c> values.</summary>
    public static IReadOnlyList<string> RulePaths(ParseResult parseResult, Option<string[]> option, CliHost host) =>
        [.. (parseResult.GetValue(option) ?? []).Select(p => Path.GetFullPath(p, host.WorkingDirectory))];

    /// <summary>
    /// <c>rules show ID</c>: everything about one rule as the working directory's .proofread.yml sets
    /// it (its rule packs included), examples included for pack rules.
    /// </summary>
    public static Command Show(CliHost host, Option<bool> noConfig, Func<bool, (ProofreadPipeline? Pipeline, List<string> Errors)> pipelineFor)
    {
        var id = new Argument<string>("ID") { Description = "The rule id, as 'proofread rules list' shows it." };
        var show = new Command("show", "Show one rule as the working directory's .proofread.yml sets it: what it finds, its severity, its examples and where it is defined.") { id, noConfig };
        show.SetAction(parseResult =>
        {
            var (pipeline, errors) = pipelineFor(parseResult.GetValue(noConfig));
            if (pipeline is null)
            {
                return ProofreadCli.UsageError(host, errors);
            }

            var wanted = parseResult.GetValue(id) ?? "";
            var descriptor = pipeline.Rules.FirstOrDefault(r => string.Equals(r.Id, wanted, StringComparison.OrdinalIgnoreCase));
            if (descriptor is null)
            {
                host.Error.Write($"proofread: unknown rule '{wanted}'; 'proofread rules list' shows them.\n");
                return ExitCodes.Error;
            }

            var definition = pipeline.Analyzers.OfType<RulesAnalyzer>().Select(a => a.Find(descriptor.Id)).FirstOrDefault(d => d is not null);
            host.Out.Write(Describe(descriptor, definition, pipeline));
            host.Out.Flush();
            return ExitCodes.Success;
        });
        return show;
    }

    /// <summary><c>rules test PACK</c>: runs a pack's examples; prints each failure; exit 0 when all pass, 1 otherwise.</summary>
    public static Command Test(CliHost host)
    {
        var pack = new Argument<string>("PACK") { Description = "A YAML rule pack, or a folder of them." };
        var test = new Command("test", "Run every example of a rule pack: bad examples must give their correction, good ones nothing. Exit 0 all pass, 1 a failure, 2 a malformed pack.") { pack };
        test.SetAction(parseResult =>
        {
            RulesAnalyzer analyzer;
            try
            {
                analyzer = new RulesAnalyzer(RulePackLoader.LoadFolder(Path.GetFullPath(parseResult.GetValue(pack) ?? "", host.WorkingDirectory)));
            }
            catch (RulePackException e)
            {
                return Errors(host, e);
            }

            var failures = RuleExampleRunner.Run(analyzer);
            var builder = new StringBuilder();
            foreach (var failure in failures)
            {
                builder.Append(failure).Append('\n');
            }

            var examples = analyzer.Definitions.Sum(r => r.Examples.Length);
            builder.Append($"{analyzer.Definitions.Count} rules, {examples} examples, {failures.Count} failed\n");
            host.Out.Write(builder.ToString());
            host.Out.Flush();
            return failures.Count == 0 ? ExitCodes.Success : ExitCodes.Findings;
        });
        return test;
    }

    /// <summary>Writes a pack's positioned errors, one a line, and returns the usage-error exit code.</summary>
    public static int Errors(CliHost host, RulePackException e)
    {
        foreach (var error in e.Errors)
        {
            host.Error.Write($"proofread: {error}\n");
        }

        return ExitCodes.Error;
    }

    private static string Describe(RuleDescriptor rule, RuleDefinition? definition, ProofreadPipeline pipeline)
    {
        var builder = new StringBuilder();
        var severity = pipeline.Options.Severities.GetValueOrDefault(rule.Id, rule.DefaultSeverity);
        builder.Append(rule.Id).Append('\n');
        builder.Append($"  title:     {rule.Title}\n");
        builder.Append($"  category:  {JsonReportWriter.Name(rule.Category)}\n");
        builder.Append($"  severity:  {JsonReportWriter.Name(severity)}{(severity != rule.DefaultSeverity ? $" (in config; default {JsonReportWriter.Name(rule.DefaultSeverity)})" : "")}{RulesLister.StateNote(pipeline, rule)}\n");
        if (rule.HelpUri is { } link)
        {
            builder.Append($"  link:      {link}\n");
        }

        if (definition is null)
        {
            builder.Append($"  {rule.Description}\n");
            return builder.ToString();
        }

        builder.Append($"  kind:      {definition.Kind.ToString().ToLowerInvariant()}\n");
        builder.Append($"  message:   {definition.Message}\n");
        if (!definition.Suggestions.IsDefaultOrEmpty)
        {
            builder.Append($"  suggest:   {string.Join(" | ", definition.Suggestions)}\n");
        }

        builder.Append($"  defined:   {definition.File}:{definition.Line}\n");
        builder.Append("  examples:\n");
        foreach (var example in definition.Examples)
        {
            builder.Append(example.IsBad ? $"    bad:  {example.Text}\n" : $"    good: {example.Text}\n");
            if (example.Correction is { } correction)
            {
                builder.Append($"    fix:  {correction}\n");
            }
        }

        return builder.ToString();
    }
}
