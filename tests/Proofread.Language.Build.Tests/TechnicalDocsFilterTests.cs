using Proofread.Language.Text;

namespace Proofread.Language.Build.Tests;

// The sentence filter (TechnicalDocs.IsProse) against corpora/README.md, one rule per test.
public sealed class TechnicalDocsFilterTests
{
    private static bool IsProse(string text) => TechnicalDocs.IsProse(CorpusTokenizer.Tokenize(text));

    private static List<string> Words(string first, int plain, int numbers) =>
        [first, .. Enumerable.Repeat("word", plain - 1), .. Enumerable.Repeat("42", numbers), "."];

    [Theory]
    [InlineData("Tools help people work well.", true)]   // 6 tokens
    [InlineData("Tools help people work.", false)]       // 5 tokens
    public void At_least_six_tokens(string text, bool expected) => Assert.Equal(expected, IsProse(text));

    [Fact]
    public void At_most_eighty_tokens()
    {
        Assert.True(TechnicalDocs.IsProse(Words("Alpha", 79, 0)));    // 80 tokens
        Assert.False(TechnicalDocs.IsProse(Words("Alpha", 80, 0)));   // 81 tokens
    }

    [Theory]
    [InlineData("tools help people work well today.", false)]
    [InlineData("(Tools help people work well today.)", true)]
    [InlineData("\"Tools help people work well today.\"", true)]
    [InlineData("( tools help people work well today.)", false)]
    [InlineData("((Tools help people work well today.))", false)]
    [InlineData("[Tools help people work well today.]", false)]
    [InlineData("'Tools help people work well today.'", false)]
    public void Opens_with_a_capital_after_an_optional_bracket_or_double_quote(string text, bool expected) =>
        Assert.Equal(expected, IsProse(text));

    [Theory]
    [InlineData("Tools help people work well today.", true)]
    [InlineData("Tools help people work well today!", true)]
    [InlineData("Tools help people work well today?", true)]
    [InlineData("Tools help people work well today", false)]
    [InlineData("Tools help people work well today:", false)]
    [InlineData("Tools help people work well today,", false)]
    [InlineData("Tools help people work well today...", false)]
    [InlineData("Tools help people work (well today).", true)]
    [InlineData("Tools help people work \"well today\".", true)]
    public void Closes_with_a_full_stop_exclamation_or_question_mark(string text, bool expected) =>
        Assert.Equal(expected, IsProse(text));

    [Theory]
    [InlineData("Tools, help, people work.", false)]        // 4 plain words, all its words
    [InlineData("Tools, help, people work well.", true)]    // 5
    public void At_least_five_plain_words(string text, bool expected) => Assert.Equal(expected, IsProse(text));

    [Theory]
    [InlineData(17, 3, true)]    // 85.0 %
    [InlineData(16, 3, false)]   // 84.2 %
    [InlineData(6, 1, true)]     // 85.7 %
    [InlineData(5, 1, false)]    // 83.3 %
    [InlineData(40, 7, true)]    // 85.1 %
    [InlineData(39, 7, false)]   // 84.8 %
    public void Plain_words_make_up_85_percent_of_the_word_tokens(int plain, int numbers, bool expected) =>
        Assert.Equal(expected, TechnicalDocs.IsProse(Words("Alpha", plain, numbers)));

    [Theory]
    [InlineData("A well-known tool reads the data set.", true)]                       // inner hyphen
    [InlineData("It does not matter what the user's folder holds.", true)]            // clitic 's
    [InlineData("It doesn't matter which of them you'll choose.", true)]              // n't, 'll
    [InlineData("The caf\u00e9 and the cr\u00eape shop serve food all day.", false)]  // not ASCII: 7 of 9
    [InlineData("The caf\u00e9 serves food and coffee all day long.", true)]          // 8 of 9
    [InlineData("Version 3.5 of the tool reads every file.", true)]                   // a number is a word, not plain
    [InlineData("In 1990 the 3 tools ran 42 jobs.", false)]
    public void Plain_words_are_ascii_letters_with_inner_hyphens_or_apostrophes_or_clitics(string text, bool expected) =>
        Assert.Equal(expected, IsProse(text));

    [Theory]
    [InlineData("Call os.path when you need the folder name.", false)]
    [InlineData("The np.array type holds numbers of one kind.", false)]
    [InlineData("Install Node.js before the rest of the tools.", false)]
    [InlineData("Use e.g. the first folder in the list.", true)]
    [InlineData("It runs in the U.S. and in many other countries.", true)]
    public void No_dotted_names(string text, bool expected) => Assert.Equal(expected, IsProse(text));

    [Theory]
    [InlineData("Call the helper () when the program starts.", false)]
    [InlineData("Call the helper ( ) when the program starts.", false)]
    [InlineData("The tool (see the notes below) reads every file.", true)]
    public void No_empty_parentheses(string text, bool expected) => Assert.Equal(expected, IsProse(text));

    [Theory]
    [InlineData("_")]
    [InlineData("=")]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("\\")]
    [InlineData("<")]
    [InlineData(">")]
    [InlineData("@")]
    [InlineData("#")]
    [InlineData("$")]
    [InlineData("*")]
    [InlineData("|")]
    [InlineData("~")]
    [InlineData("^")]
    [InlineData("[")]
    [InlineData("]")]
    [InlineData("`")]
    [InlineData("+")]
    public void No_code_or_maths_symbols(string symbol)
    {
        var tokens = new List<string> { "The", "tool", "reads", "every", "file", symbol, "in", "the", "folder", "." };
        Assert.False(TechnicalDocs.IsProse(tokens));
        tokens[5] = "quickly";
        Assert.True(TechnicalDocs.IsProse(tokens));
    }

    [Theory]
    [InlineData("About 40 % of the users saw the new page.", true)]
    [InlineData("Read the input / output section of the guide.", true)]
    [InlineData("Read the input/output section of the guide.", false)]
    [InlineData("See the file ledger/notes for the other steps.", false)]
    public void A_lone_percent_or_slash_is_allowed(string text, bool expected) => Assert.Equal(expected, IsProse(text));

    [Theory]
    [InlineData("The method was first described by two authors [1].", true)]
    [InlineData("The method was first described by two authors [12].", true)]
    [InlineData("The method [3] was first described by two authors [4].", true)]
    [InlineData("The method was first described by two authors [a].", false)]
    [InlineData("The method was first described by two authors [1, 2].", false)]
    [InlineData("The method was first described by two authors [].", false)]
    public void Numeric_citations_are_allowed(string text, bool expected) => Assert.Equal(expected, IsProse(text));

    [Fact]
    public void A_citation_is_not_a_word_token()
    {
        // Five plain words and a citation: the citation's number does not count against the 85 %.
        Assert.True(IsProse("Tools help people work well [7]."));
        Assert.False(IsProse("Tools help people work well 7."));
    }
}
