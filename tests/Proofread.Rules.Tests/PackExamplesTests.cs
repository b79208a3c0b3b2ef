using Proofread.Documents;

using Proofread.Analyzers.Tests;

namespace Proofread.Rules.Tests;

/// <summary>Every example of every rule in every shipped pack is a test.</summary>
public sealed class PackExamplesTests
{
    internal static readonly Lazy<RulesAnalyzer> BuiltIn = new(() =>
        new RulesAnalyzer(RulePackLoader.LoadFolder(Path.Combine(RepoPaths.Root, "dictionaries", "rules", "en"))));

    [Fact]
    public void Every_example_of_every_rule_gives_its_expected_result()
    {
        var failures = RuleExampleRunner.Run(BuiltIn.Value);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_english_packs_hold_at_least_150_rules_each_with_a_bad_and_a_good_example()
    {
        var rules = BuiltIn.Value.Definitions;
        Assert.True(rules.Count >= 150, $"{rules.Count} rules");
        Assert.All(rules, r =>
        {
            Assert.Contains(r.Examples, e => e.IsBad);
            Assert.Contains(r.Examples, e => !e.IsBad);
        });
    }

    [Fact]
    public void The_shipped_copy_in_the_output_folder_equals_the_repository_packs()
    {
        var shipped = RulesAnalyzer.LoadDefault();
        Assert.Equal(BuiltIn.Value.Definitions.Select(r => r.Id), shipped.Definitions.Select(r => r.Id));
    }

    [Theory]
    [InlineData("The president is because of take office in Thursday.", "The president is due to take office on Thursday.")]
    [InlineData("It was a honest mistake by a FBI agent at an university.", "It was an honest mistake by an FBI agent at a university.")]
    [InlineData("They will return back the the money.", "They will return the money.")]
    public void The_classic_spin_damage_is_fixed(string text, string expected)
    {
        var analyzer = BuiltIn.Value;
        var enabled = analyzer.Rules.Where(r => r.EnabledByDefault).Select(r => r.Id).ToHashSet();
        var fixedText = text;
        for (var pass = 0; pass < 5; pass++)
        {
            var findings = analyzer.Analyze(Document.FromPlainText(fixedText), enabled).ToList();
            var next = Editing.TextEditApplier.Apply(fixedText, Editing.EditResolver.Resolve(findings));
            if (next == fixedText)
            {
                break;
            }

            fixedText = next;
        }

        Assert.Equal(expected, fixedText);
    }
}
