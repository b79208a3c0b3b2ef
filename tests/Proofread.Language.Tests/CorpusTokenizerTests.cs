using CsCheck;
using Proofread.Language.Text;

namespace Proofread.Language.Tests;

public class CorpusTokenizerTests
{
    [Theory]
    [InlineData("I didn't see people's cars.", "I|did|n't|see|people|'s|cars|.")]
    [InlineData("They can't, won't and we'll go", "They|ca|n't|,|wo|n't|and|we|'ll|go")]
    [InlineData("\u201CHello\u201D\u2014she said\u2026", "\"|Hello|\"|--|she|said|...")]
    [InlineData("The U.S. paid $1,000.50 to AT&T in 1989.", "The|U.S.|paid|$|1,000.50|to|AT&T|in|1989|.")]
    [InlineData("a well-known o'clock rock", "a|well-known|o'clock|rock")]
    [InlineData("did n't people 's", "did|n't|people|'s")]
    public void Tokenizes_in_Penn_style(string text, string expected) =>
        Assert.Equal(expected.Split('|'), CorpusTokenizer.Tokenize(CorpusTokenizer.NormalizeTypography(text)));

    [Fact]
    public void Splits_sentences_but_not_after_abbreviations()
    {
        var sentences = CorpusTokenizer.Sentences("Mr. Smith went to Washington. He said: \"Why?\" Then he left.\n\nNew paragraph without stop\nstill the same");
        Assert.Equal(
            ["Mr. Smith went to Washington .", "He said : \" Why ? \"", "Then he left .", "New paragraph without stop still the same"],
            sentences.Select(s => string.Join(' ', s)));
    }

    [Fact]
    public void Tokens_never_contain_whitespace_and_keep_every_letter() =>
        Gen.String.Sample(text =>
        {
            var tokens = CorpusTokenizer.Tokenize(text);
            var letters = new string(text.Where(char.IsLetterOrDigit).ToArray());
            return tokens.All(t => t.Length > 0 && !t.Any(char.IsWhiteSpace))
                && string.Concat(tokens).Count(char.IsLetterOrDigit) == letters.Length;
        });
}
