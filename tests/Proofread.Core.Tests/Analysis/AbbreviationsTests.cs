using Proofread.Analysis;

namespace Proofread.Core.Tests.Analysis;

public class AbbreviationsTests
{
    [Theory]
    [InlineData("Dr.", AbbreviationKind.Inner)]
    [InlineData("e.g.", AbbreviationKind.Inner)]
    [InlineData("E.g.", AbbreviationKind.Inner)]
    [InlineData("etc.", AbbreviationKind.Final)]
    [InlineData("Etc.", AbbreviationKind.Final)]
    [InlineData("U.S.", AbbreviationKind.Final)]
    [InlineData("Jan.", AbbreviationKind.Final)]
    [InlineData("No.", AbbreviationKind.Numeric)]
    [InlineData("no.", AbbreviationKind.Numeric)]
    [InlineData("dr.", AbbreviationKind.None)]
    [InlineData("Dr", AbbreviationKind.None)]
    [InlineData("word.", AbbreviationKind.None)]
    public void Looks_up_the_embedded_list(string text, AbbreviationKind expected) => Assert.Equal(expected, Abbreviations.Lookup(text));

    [Theory]
    [InlineData("The", true)]
    [InlineData("HE", true)]
    [InlineData("however", true)]
    [InlineData("President", false)]
    [InlineData("Mary", false)]
    public void Knows_sentence_starters(string word, bool expected) => Assert.Equal(expected, Abbreviations.IsSentenceStarter(word));
}
