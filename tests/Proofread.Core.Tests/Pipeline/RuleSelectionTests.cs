using Proofread.Findings;
using Proofread.Pipeline;

namespace Proofread.Core.Tests.Pipeline;

public class RuleSelectionTests
{
    private static readonly RuleDescriptor s_phrasebook = new("spin.phrasebook", "Spun phrase", FindingCategory.Spin, Severity.Warning, "d");
    private static readonly RuleDescriptor s_spinModel = new("spin.model", "Spun (model)", FindingCategory.Spin, Severity.Warning, "d", EnabledByDefault: false);
    private static readonly RuleDescriptor s_spinner = new("spinner.odd", "Odd", FindingCategory.Style, Severity.Info, "d", EnabledByDefault: false);
    private static readonly RuleDescriptor s_long = new("readability.long-sentence", "Long", FindingCategory.Readability, Severity.Info, "d");

    private static RuleSelection Select(string[] enable, string[] disable) => new([.. enable], [.. disable]);

    [Theory]
    [InlineData("spin.phrasebook", true)]
    [InlineData("SPIN.Phrasebook", true)]
    [InlineData("spin", true)]
    [InlineData("spin.", true)]
    [InlineData("Spin", true)] // also the category name
    [InlineData("spin.phrase", false)]
    [InlineData("spinner", false)]
    [InlineData("style", false)]
    [InlineData("", false)]
    public void Selectors_match_id_prefix_or_category(string selector, bool matches) =>
        Assert.Equal(matches, RuleSelection.Matches(selector, s_phrasebook));

    [Fact]
    public void A_prefix_stops_at_a_dot() => Assert.False(RuleSelection.Matches("spin", s_spinner));

    [Fact]
    public void A_category_matches_rules_with_other_prefixes() => Assert.True(RuleSelection.Matches("style", s_spinner));

    [Fact]
    public void Defaults_run_rules_enabled_by_default_only()
    {
        Assert.True(RuleSelection.Default.IsEnabled(s_phrasebook));
        Assert.True(RuleSelection.Default.IsEnabled(s_long));
        Assert.False(RuleSelection.Default.IsEnabled(s_spinModel));
    }

    [Theory]
    [InlineData("spin.model")]
    [InlineData("spin")]
    [InlineData("SPIN.")]
    public void Enable_turns_on_an_optional_rule(string selector) => Assert.True(Select([selector], []).IsEnabled(s_spinModel));

    [Theory]
    [InlineData("spin.phrasebook")]
    [InlineData("spin")]
    [InlineData("Spin")]
    public void Disable_turns_off_a_default_rule(string selector) => Assert.False(Select([], [selector]).IsEnabled(s_phrasebook));

    [Fact]
    public void Disable_wins_over_enable()
    {
        var selection = Select(["spin.model"], ["spin"]);
        Assert.False(selection.IsEnabled(s_spinModel));
        Assert.False(selection.IsEnabled(s_phrasebook));
        Assert.True(selection.IsEnabled(s_long));
    }

    [Fact]
    public void Disabling_a_category_leaves_others()
    {
        var selection = Select([], ["readability"]);
        Assert.False(selection.IsEnabled(s_long));
        Assert.True(selection.IsEnabled(s_phrasebook));
    }
}
