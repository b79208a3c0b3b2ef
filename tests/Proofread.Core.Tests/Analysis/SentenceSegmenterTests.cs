using Proofread.Analysis;
using Proofread.Documents;

namespace Proofread.Core.Tests.Analysis;

public class SentenceSegmenterTests
{
    private static string[] Split(string text)
    {
        var annotation = TextAnnotator.Annotate(ProseLayout.ForPlainText(text));
        return [.. annotation.Sentences.Select(s => text.Substring(s.Span.Start, s.Span.Length))];
    }

    [Theory]
    [InlineData("Kim Jong Un vows. He spoke.", "Kim Jong Un vows.|He spoke.")]
    [InlineData("He said: \"No.\" Then left.", "He said: \"No.\"|Then left.")]
    [InlineData("U.S. President-elect Joe Biden spoke. Then he left.", "U.S. President-elect Joe Biden spoke.|Then he left.")]
    [InlineData("He moved to the U.S. He liked it.", "He moved to the U.S.|He liked it.")]
    [InlineData("Apples, pears, etc. The rest rotted.", "Apples, pears, etc.|The rest rotted.")]
    // Documented heuristic: after "etc." only a capitalised sentence starter opens a new sentence.
    [InlineData("Apples, pears, etc. Mary ate them.", "Apples, pears, etc. Mary ate them.")]
    [InlineData("Dr. Smith met Mr. Jones at St. Paul's.", "Dr. Smith met Mr. Jones at St. Paul's.")]
    [InlineData("It cost $3.5 billion. Prices rose 3.5%.", "It cost $3.5 billion.|Prices rose 3.5%.")]
    [InlineData("J. R. R. Tolkien wrote it. Kim J. Un read it.", "J. R. R. Tolkien wrote it.|Kim J. Un read it.")]
    [InlineData("See Fig. 2 and No. 5 for details.", "See Fig. 2 and No. 5 for details.")]
    [InlineData("Really?! Yes... I think so. Wait... what?", "Really?!|Yes...|I think so.|Wait... what?")]
    [InlineData("\"Why?\" she asked. (He left.) Then...", "\"Why?\" she asked.|(He left.)|Then...")]
    [InlineData("“Stop!” he shouted. “Now!” They ran.", "“Stop!” he shouted.|“Now!”|They ran.")]
    [InlineData("Visit www.example.com. Mail a@b.org. Done.", "Visit www.example.com.|Mail a@b.org.|Done.")]
    [InlineData(
        "state media reported in Thursday (Jan 7), throughout a exceptional party congress as the united states faces sanctions.",
        "state media reported in Thursday (Jan 7), throughout a exceptional party congress as the united states faces sanctions.")]
    [InlineData("Jan. 7 was cold. Feb. 2 too.", "Jan. 7 was cold.|Feb. 2 too.")]
    [InlineData("e.g. this one. I.e. that one.", "e.g. this one.|I.e. that one.")]
    [InlineData("He left at 7 a.m. The bus was late.", "He left at 7 a.m.|The bus was late.")]
    [InlineData("At 7 a.m. Eastern time we met.", "At 7 a.m. Eastern time we met.")]
    [InlineData("The end . . . Then more.", "The end . . .|Then more.")]
    [InlineData("We chose plan B. Then it failed.", "We chose plan B.|Then it failed.")]
    [InlineData("He said no. Yes, he did.", "He said no.|Yes, he did.")]
    [InlineData("In 1980. 2016 was later.", "In 1980.|2016 was later.")]
    [InlineData("\"Stop!\", he said.", "\"Stop!\", he said.")]
    [InlineData("First line without stop\n\nSecond paragraph.", "First line without stop|Second paragraph.")]
    [InlineData("Done.)", "Done.)")]
    public void Splits(string text, string expected) => Assert.Equal(expected.Split('|'), Split(text));

    [Fact]
    public void Sentences_index_their_tokens()
    {
        var annotation = TextAnnotator.Annotate(ProseLayout.ForPlainText("He left. She stayed home."));
        Assert.Equal([(0, 3), (3, 4)], annotation.Sentences.Select(s => (s.FirstToken, s.TokenCount)));
        Assert.Equal("She", annotation.Tokens[annotation.Sentences[1].FirstToken].Text);
    }

    [Fact]
    public void An_empty_block_has_no_sentence() =>
        Assert.Empty(TextAnnotator.Annotate(ProseLayout.ForPlainText("   \n\n  ")).Sentences);
}
