using System.Text.RegularExpressions;
using CsCheck;
using Proofread.Cli.Review;

namespace Proofread.Cli.Tests;

public partial class WordDiffTests
{
    [Theory]
    [InlineData("The ", "World Wellbeing Corporation", "World Health Organization", " met.", "The World [-Wellbeing Corporation-]{+Health Organization+} met.")]
    [InlineData("We met ", "in", "on", " Thursday.", "We met [-in-]{+on+} Thursday.")]
    [InlineData("He ", "is because of take office", "is due to take office", ".", "He is [-because of-]{+due to+} take office.")]
    [InlineData("We met ", "teh", "", " Thursday.", "We met [-teh-] Thursday.")]
    [InlineData("", "a", "a new", "", "a{+ new+}")]
    [InlineData("x\r\n", "a\nb", "a b", "\n", "x a b ")]
    public void Marks_changed_words_only(string before, string oldText, string newText, string after, string expected) =>
        Assert.Equal(expected, WordDiff.Render(before, oldText, newText, after, color: false));

    [Fact]
    public void Dropping_the_markers_gives_back_either_text()
    {
        var words = Gen.OneOf("a", "b", "cd", "World", "Health", " ", "  ", "\t");
        var text = words.Array[0, 8].Select(string.Concat);
        Gen.Select(text, text).Sample((oldText, newText) =>
        {
            var diff = WordDiff.Render("<", oldText, newText, ">", color: false);
            Assert.Equal("<" + oldText + ">", Added().Replace(diff, string.Empty).Replace("[-", "", StringComparison.Ordinal).Replace("-]", "", StringComparison.Ordinal));
            Assert.Equal("<" + newText + ">", Removed().Replace(diff, string.Empty).Replace("{+", "", StringComparison.Ordinal).Replace("+}", "", StringComparison.Ordinal));
        });
    }

    [GeneratedRegex(@"\{\+.*?\+\}", RegexOptions.Singleline)]
    private static partial Regex Added();

    [GeneratedRegex(@"\[-.*?-\]", RegexOptions.Singleline)]
    private static partial Regex Removed();
}
