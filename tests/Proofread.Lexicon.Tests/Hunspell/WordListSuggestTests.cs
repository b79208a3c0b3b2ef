namespace Proofread.Lexicon.Tests.Hunspell;

public sealed class WordListSuggestTests
{
    [Theory]
    [InlineData("recieve", "receive")]
    [InlineData("seperate", "separate")]
    [InlineData("goverment", "government")]
    [InlineData("definately", "definitely")]
    [InlineData("alot", "a lot")]
    [InlineData("paris", "Paris")]
    [InlineData("Recieve", "Receive")]
    [InlineData("RECIEVE", "RECEIVE")]
    [InlineData("teh", "the")]
    public void First_suggestion_is_the_intended_word(string typed, string expected) =>
        Assert.Equal(expected, TestData.EnUs.Suggest(typed)[0]);

    [Fact]
    public void Correct_words_get_no_suggestions() => Assert.Empty(TestData.EnUs.Suggest("receive"));

    [Fact]
    public void Every_suggestion_is_accepted_by_Check()
    {
        foreach (var typed in new[] { "recieve", "wierd", "occured", "untill", "accomodate" })
        {
            foreach (var s in TestData.EnUs.Suggest(typed))
            {
                Assert.True(s.Split(' ').All(TestData.EnUs.Check), $"{typed} -> {s}");
            }
        }
    }

    [Fact]
    public void First_suggestion_is_right_for_at_least_85_percent_of_common_misspellings()
    {
        var rows = TestData.Fixture("common-misspellings.tsv").ToList();
        Assert.True(rows.Count >= 300);
        var misses = rows.Where(r => TestData.EnUs.Suggest(r[0]) is not [var first, ..] || first != r[1]).Select(r => r[0]).ToList();
        var accuracy = 1.0 - ((double)misses.Count / rows.Count);
        Assert.True(accuracy >= 0.85, $"accuracy {accuracy:P1}; misses: {string.Join(", ", misses.Take(30))}");
    }
}
