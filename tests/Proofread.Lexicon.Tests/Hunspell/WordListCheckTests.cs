using System.Text;
using Proofread.Lexicon.Hunspell;

namespace Proofread.Lexicon.Tests.Hunspell;

public sealed class WordListCheckTests
{
    [Theory]
    [InlineData("hello", true)]
    [InlineData("Hello", true)]
    [InlineData("HELLO", true)]
    [InlineData("hElLo", false)]
    [InlineData("Paris", true)]
    [InlineData("paris", false)]
    [InlineData("PARIS", true)]
    [InlineData("NASA", true)]
    [InlineData("Nasa", false)]
    [InlineData("iPhone", true)]
    [InlineData("IPHONE", true)]
    [InlineData("Iphone", false)]
    [InlineData("CIA'S", true)]
    [InlineData("dog's", true)]
    [InlineData("don't", true)]
    [InlineData("don\u2019t", true)]
    [InlineData("recieve", false)]
    [InlineData("receives", true)]
    [InlineData("unreceived", false)]
    [InlineData("relearned", true)]
    [InlineData("happily", true)]
    [InlineData("21st", true)]
    [InlineData("11th", true)]
    [InlineData("112th", true)]
    [InlineData("22nd", true)]
    [InlineData("12nd", false)]
    [InlineData("1th", false)]
    [InlineData("1,000", true)]
    [InlineData("3.5", true)]
    [InlineData("1..5", false)]
    [InlineData("self-imposed", true)]
    [InlineData("hello-world", true)]
    [InlineData("hello-wrold", false)]
    [InlineData("-word", true)]
    [InlineData("etc.", true)]
    [InlineData("", false)]
    public void Check_follows_hunspell(string word, bool expected) =>
        Assert.Equal(expected, TestData.EnUs.Check(word));

    [Fact]
    public void Check_agrees_with_the_hunspell_oracle_on_at_least_99_percent()
    {
        var rows = TestData.Fixture("hunspell-oracle.tsv").ToList();
        Assert.True(rows.Count >= 5000, $"the oracle has only {rows.Count} words");
        var disagreements = rows.Where(r => TestData.EnUs.Check(r[0]) != (r[1] == "1")).Select(r => r[0]).ToList();
        var agreement = 1.0 - ((double)disagreements.Count / rows.Count);
        Assert.True(agreement >= 0.99, $"agreement {agreement:P2}; first disagreements: {string.Join(", ", disagreements.Take(20))}");
    }

    [Fact]
    public void Aff_features_parse_from_streams()
    {
        const string aff = """
            SET UTF-8
            FLAG long
            FORBIDDENWORD Fb
            KEEPCASE Kc
            NEEDAFFIX Na
            SFX Sx Y 2
            SFX Sx y ies [^aeiou]y
            SFX Sx 0 s [aeiou]y
            PFX Px Y 1
            PFX Px 0 un .
            """;
        const string dic = """
            5
            fly/SxPx
            key/Sx
            Kafka/Kc
            stem/NaSx
            flies/Fb
            """;
        var words = WordList.CreateFromStreams(new MemoryStream(Encoding.UTF8.GetBytes(aff)), new MemoryStream(Encoding.UTF8.GetBytes(dic)));
        Assert.True(words.Check("fly"));
        Assert.False(words.Check("flies")); // forbidden even though the suffix makes it
        Assert.True(words.Check("unfly"));
        Assert.True(words.Check("keys"));
        Assert.False(words.Check("keies"));
        Assert.True(words.Check("Kafka"));
        Assert.False(words.Check("KAFKA")); // KEEPCASE
        Assert.False(words.Check("stem")); // NEEDAFFIX
        Assert.False(words.Check("stems")); // "Sx" needs a y: no form
    }

    [Fact]
    public void Numeric_flags_parse()
    {
        const string aff = "FLAG num\nSFX 101 N 1\nSFX 101 0 ed .\n";
        const string dic = "1\nwalk/101,7\n";
        var words = WordList.CreateFromStreams(new MemoryStream(Encoding.UTF8.GetBytes(aff)), new MemoryStream(Encoding.UTF8.GetBytes(dic)));
        Assert.True(words.Check("walked"));
        Assert.False(words.Check("walks"));
    }
}
