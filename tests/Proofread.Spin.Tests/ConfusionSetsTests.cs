namespace Proofread.Spin.Tests;

public sealed class ConfusionSetsTests
{
    [Fact]
    public void Members_of_a_set_are_alternatives_of_each_other_across_sets()
    {
        var sets = ConfusionSets.Parse(["# comment", "in|on|at", "", "because of | due to", "on|about"]);
        Assert.Equal(["at", "on"], sets.AlternativesOf("in"));
        Assert.Equal(["about", "at", "in"], sets.AlternativesOf("on"));
        Assert.Equal(["due to"], sets.AlternativesOf("because of"));
        Assert.Empty(sets.AlternativesOf("under"));
        Assert.Equal(2, sets.LongestMember);
    }

    [Fact]
    public void The_shipped_sets_swap_days_prepositions_and_due_to()
    {
        var sets = ConfusionSets.LoadDefault();
        Assert.Contains("on", sets.AlternativesOf("in"));
        Assert.Contains("due to", sets.AlternativesOf("because of"));
        Assert.Contains("being", sets.AlternativesOf("becoming"));
    }
}
