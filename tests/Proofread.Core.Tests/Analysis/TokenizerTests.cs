using Proofread.Analysis;
using Proofread.Documents;
using Proofread.Text;
using static Proofread.Core.Tests.Analysis.TokenTestHelpers;

namespace Proofread.Core.Tests.Analysis;

public class TokenizerTests
{
    [Theory]
    // Words: inner hyphens and apostrophes, Unicode letters and combining marks.
    [InlineData("self-imposed border lockdown", "self-imposed/W border/W lockdown/W")]
    [InlineData("U.S. President-elect Joe Biden", "U.S./W President-elect/W Joe/W Biden/W")]
    [InlineData("O'Brien rock'n'roll", "O'Brien/W rock'n'roll/W")]
    [InlineData("café naïve Zürich", "café/W naïve/W Zürich/W")]
    [InlineData("cafe\u0301 au lait", "cafe\u0301/W au/W lait/W")]
    [InlineData("ICBM", "ICBM/W")]
    [InlineData("North Korea's Kim Jong Un vows", "North/W Korea/W 's/C Kim/W Jong/W Un/W vows/W")]
    // Contractions and possessives split Penn-style, with ' or ’.
    [InlineData("didn't", "did/W n't/C")]
    [InlineData("people's", "people/W 's/C")]
    [InlineData("they're", "they/W 're/C")]
    [InlineData("didn’t people’s they’re", "did/W n’t/C people/W ’s/C they/W ’re/C")]
    [InlineData("can't won't I'm we've she'd you'll", "ca/W n't/C wo/W n't/C I/W 'm/C we/W 've/C she/W 'd/C you/W 'll/C")]
    [InlineData("DIDN'T", "DID/W N'T/C")]
    [InlineData("y'all's", "y'all/W 's/C")]
    [InlineData("James' car", "James/W '/P car/W")]
    // Abbreviations and initials keep their period; unknown words do not.
    [InlineData("e.g. i.e. a.m. Ph.D. U.K.", "e.g./W i.e./W a.m./W Ph.D./W U.K./W")]
    [InlineData("Dr. Smith and Mrs. Jones", "Dr./W Smith/W and/W Mrs./W Jones/W")]
    [InlineData("apples etc. and Jan. 7", "apples/W etc./W and/W Jan./W 7/N")]
    [InlineData("J. R. R. Tolkien", "J./W R./W R./W Tolkien/W")]
    [InlineData("Kim J. Un", "Kim/W J./W Un/W")]
    [InlineData("plan B. Then", "plan/W B/W ./P Then/W")]
    [InlineData("No. 5 and Fig. 2", "No./W 5/N and/W Fig./W 2/N")]
    [InlineData("He said no. Yes.", "He/W said/W no/W ./P Yes/W ./P")]
    [InlineData("end.Next", "end/W ./P Next/W")]
    // Numbers.
    [InlineData("1,000 3.5 -2 8th 1980s 7:30 1/2", "1,000/N 3.5/N -2/N 8th/N 1980s/N 7:30/N 1/2/N")]
    [InlineData("the 1980s", "the/W 1980s/N")]
    [InlineData("the 1980's", "the/W 1980/N 's/C")]
    [InlineData("50%", "50/N %/S")]
    [InlineData("$3.5 billion", "$/S 3.5/N billion/W")]
    [InlineData("5-3 (-2) +4", "5/N -/P 3/N (/P -2/N )/P +4/N")]
    [InlineData("5-year-old COVID-19 3D 21st", "5-year-old/W COVID-19/W 3D/W 21st/N")]
    [InlineData("in 2020.", "in/W 2020/N ./P")]
    // URLs and e-mail addresses, without trailing sentence punctuation.
    [InlineData("see https://example.com/a?b=1, or www.example.org.", "see/W https://example.com/a?b=1/U ,/P or/W www.example.org/U ./P")]
    [InlineData("(http://en.wikipedia.org/wiki/Foo_(bar))", "(/P http://en.wikipedia.org/wiki/Foo_(bar)/U )/P")]
    [InlineData("Write to john.smith@example.co.uk.", "Write/W to/W john.smith@example.co.uk/E ./P")]
    [InlineData("a@b is not one", "a/W @/S b/W is/W not/W one/W")]
    [InlineData("http and www are words", "http/W and/W www/W are/W words/W")]
    // Punctuation and symbols.
    [InlineData("“Yes,” he said (twice) [sic] {x}", "“/P Yes/W ,/P ”/P he/W said/W (/P twice/W )/P [/P sic/W ]/P {/P x/W }/P")]
    [InlineData("a - b – c — d -- e", "a/W -/P b/W –/P c/W —/P d/W --/P e/W")]
    [InlineData("Wait... what… no?! Really!!!", "Wait/W .../P what/W …/P no/W ?!/P Really/W !!!/P")]
    [InlineData("He said: \"No.\" Then left.", "He/W said/W :/P \"/P No/W ./P \"/P Then/W left/W ./P")]
    [InlineData("A & B # 1 @ x * y", "A/W &/S B/W #/S 1/N @/S x/W */S y/W")]
    [InlineData("ok 😀!", "ok/W 😀/S !/P")]
    [InlineData(
        "state media reported in Thursday (Jan 7), throughout a exceptional party congress",
        "state/W media/W reported/W in/W Thursday/W (/P Jan/W 7/N )/P ,/P throughout/W a/W exceptional/W party/W congress/W")]
    public void Tokenizes(string text, string expected) => Assert.Equal(expected, Render(Tokenizer.Tokenize(text)));

    [Fact]
    public void Spans_are_exact_offsets()
    {
        var tokens = Tokenizer.Tokenize("He didn't.");
        Assert.Equal(
            [new TextSpan(0, 2), new TextSpan(3, 3), new TextSpan(6, 3), new TextSpan(9, 1)],
            tokens.Select(t => t.Span));
    }

    [Theory]
    [InlineData("ICBM", LetterCase.Upper)]
    [InlineData("Party", LetterCase.Title)]
    [InlineData("party", LetterCase.Lower)]
    [InlineData("iPhone", LetterCase.Mixed)]
    [InlineData("1990", LetterCase.None)]
    [InlineData("U.S.", LetterCase.Upper)]
    [InlineData("I", LetterCase.Title)]
    [InlineData("—", LetterCase.None)]
    public void Tokens_carry_their_case(string text, LetterCase expected) => Assert.Equal(expected, Assert.Single(Tokenizer.Tokenize(text)).Case);

    [Fact]
    public void Word_count_counts_words_and_numbers_only()
    {
        // He, did, pay, 3.5, billion, at: the clitic, "$", the URL and "." are not words.
        var annotation = TextAnnotator.Annotate(ProseLayout.ForPlainText("He didn't pay $3.5 billion at www.x.com."));
        Assert.Equal(6, annotation.WordCount);
    }

    [Fact]
    public void Only_blocks_are_tokenised()
    {
        var text = "skip keep this skip";
        var layout = new ProseLayout(text, [new TextSpan(5, 9)]);
        Assert.Equal("keep/W this/W", Render(TextAnnotator.Annotate(layout).Tokens));
    }

    [Fact]
    public void A_block_end_cuts_a_word()
    {
        var text = "abcdef";
        var layout = new ProseLayout(text, [new TextSpan(0, 3), new TextSpan(3, 3)]);
        var annotation = TextAnnotator.Annotate(layout);
        Assert.Equal("abc/W def/W", Render(annotation.Tokens));
        Assert.Equal(2, annotation.Sentences.Length);
    }
}
