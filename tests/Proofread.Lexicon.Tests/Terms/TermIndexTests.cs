using CsCheck;
using Proofread.Lexicon.Terms;

namespace Proofread.Lexicon.Tests.Terms;

public sealed class TermIndexTests
{
    private static LexicalResources Lexicon => TestData.Lexicon;

    private static readonly TermIndex Small = TermIndex.FromTerms(
    [
        "World Health Organization",
        "big data",
        "United Nations",
        "state media",
        "artificial intelligence",
        "goat's rue",
    ]);

    [Fact]
    public void FromTerms_keeps_two_to_six_word_terms_of_words_only()
    {
        var index = TermIndex.FromTerms(["one", "two words", "a b c d e f", "a b c d e f g", "Catch 22", "salt, pepper", "two  WORDS"]);
        Assert.Equal(2, index.Count);
        Assert.Equal(["a b c d e f", "two words"], index.Terms());
    }

    [Theory]
    [InlineData("World Health Organization", true)]
    [InlineData("world health organization", true)]
    [InlineData("  WORLD\thealth   Organization ", true)]
    [InlineData("goat's rue", true)]
    [InlineData("goat\u2019s rue", true)]
    [InlineData("health organization", false)]
    [InlineData("world health", false)]
    [InlineData("big data analysis", false)]
    public void Contains_ignores_case_and_white_space(string term, bool expected) =>
        Assert.Equal(expected, Small.Contains(term));

    [Fact]
    public void Terms_read_as_prose_and_clitics_match_as_tokens()
    {
        Assert.Contains("goat's rue", Small.Terms());
        var top = Small.FindDistorted(["Nanny", "'s", "Rue"], Lexicon)[0];
        Assert.Equal("Goat's Rue", top.Term);
    }

    [Fact]
    public void Contains_takes_tokens()
    {
        Assert.True(Small.Contains(["Goat", "'s", "rue"]));
        Assert.True(Small.Contains(["BIG", "DATA"]));
        Assert.False(Small.Contains(["big"]));
        Assert.False(Small.Contains(["data", "big"]));
    }

    [Fact]
    public void A_spun_name_is_restored_in_title_case()
    {
        var matches = Small.FindDistorted(["World", "Wellbeing", "Corporation"], Lexicon);
        var top = Assert.Single(matches);
        Assert.Equal("World Health Organization", top.Term);
        Assert.Equal(2, top.ChangedWords);
        Assert.True(top.IsName);
        Assert.InRange(top.MinStrength, 0.01f, 1f);
        Assert.InRange(top.MeanStrength, top.MinStrength, 1f);
    }

    [Fact]
    public void A_spun_common_term_is_restored_in_lower_case()
    {
        var top = Assert.Single(Small.FindDistorted(["colossal", "information"], Lexicon));
        Assert.Equal(new TermMatch("big data", 2, top.MinStrength, top.MeanStrength, IsName: false), top);
    }

    [Theory]
    [InlineData("WORLD WELLBEING CORPORATION", "WORLD HEALTH ORGANIZATION")]
    [InlineData("world wellbeing corporation", "world health organization")]
    [InlineData("World wellbeing Corporation", "World health Organization")]
    [InlineData("state-run media", null)]
    [InlineData("counterfeit intelligence", "artificial intelligence")]
    [InlineData("Joined Nations", "United Nations")]
    [InlineData("United Countries", "United Nations")]
    public void Terms_are_recased_position_by_position(string observed, string? expected)
    {
        var matches = Small.FindDistorted(observed.Split(' '), Lexicon);
        Assert.Equal(expected, matches.Count > 0 ? matches[0].Term : null);
    }

    [Theory]
    [InlineData("World Health Organization")]
    [InlineData("World Health Organizations")]
    [InlineData("big data")]
    [InlineData("Big Data")]
    public void A_known_term_is_not_a_distortion_of_anything(string observed)
    {
        var index = TermIndex.FromTerms(["World Health Organization", "big data", "large data", "World Wellness Organization"]);
        Assert.Empty(index.FindDistorted(observed.Split(' '), Lexicon));
    }

    [Fact]
    public void Spans_of_another_length_or_unrelated_words_match_nothing()
    {
        Assert.Empty(Small.FindDistorted(["World", "Wellbeing"], Lexicon));
        Assert.Empty(Small.FindDistorted(["the", "World", "Wellbeing", "Corporation"], Lexicon));
        Assert.Empty(Small.FindDistorted(["colossal"], Lexicon));
        Assert.Empty(Small.FindDistorted(["purple", "information"], Lexicon));
        Assert.Empty(Small.FindDistorted(["World", "Wellbeing", "Corporation"], Lexicon, maxResults: 0));
    }

    [Fact]
    public void Fewer_changed_words_rank_first()
    {
        var index = TermIndex.FromTerms(["world health organization", "earth health organization", "world wellness organization"]);
        var matches = index.FindDistorted(["World", "Health", "Corporation"], Lexicon);
        Assert.Equal(["World Health Organization", "Earth Health Organization", "World Wellness Organization"], matches.Select(m => m.Term));
        Assert.Equal([1, 2, 2], matches.Select(m => m.ChangedWords));
        Assert.True(matches[1].MinStrength >= matches[2].MinStrength);
        Assert.Equal(2, index.FindDistorted(["World", "Health", "Corporation"], Lexicon, maxResults: 2).Count);
    }

    [Fact]
    public void WithTerms_adds_a_glossary_and_keeps_the_terms()
    {
        var index = Small.WithTerms(["Acme Rocket Works", "big data"]);
        Assert.Equal(Small.Count + 1, index.Count);
        Assert.True(index.Contains("acme rocket works"));
        Assert.True(index.Contains("state media"));
        Assert.False(Small.Contains("acme rocket works"));
        var top = index.FindDistorted(["Acme", "Projectile", "Works"], Lexicon)[0];
        Assert.Equal(new TermMatch("Acme Rocket Works", 1, top.MinStrength, top.MeanStrength, IsName: true), top);
    }

    [Fact]
    public void ReadGlossary_skips_comments_and_blank_lines()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# our names\nAcme Rocket Works\n\n  Road Runner Inc.  # the client\n#\nbig data\r\n");
            Assert.Equal(["Acme Rocket Works", "Road Runner Inc.", "big data"], TermIndex.ReadGlossary(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_reads_plain_glossary_style_files()
    {
        var path = Path.Combine(Path.GetTempPath(), $"terms-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(path, "# comment\nworld health organization\twnp\nbig data\tw\nsingle\tn\n");
            var index = TermIndex.Load(path);
            Assert.Equal(["big data", "world health organization"], index.Terms().Order(StringComparer.Ordinal));
            Assert.True(index.FindDistorted(["colossal", "information"], Lexicon)[0].IsName); // Wikipedia only: a name
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("w", true)]
    [InlineData("wn", false)]
    [InlineData("wv", false)] // a Wikipedia title that a technical glossary lists is a common term
    [InlineData("wf", false)]
    [InlineData("wvf", false)]
    [InlineData("f", false)]
    [InlineData("pf", true)]
    public void Technical_sources_make_a_title_a_common_term(string letters, bool isName)
    {
        var path = Path.Combine(Path.GetTempPath(), $"terms-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(path, $"big data\t{letters}\n");
            var index = TermIndex.Load(path);
            Assert.Equal(letters, TermIndex.SourceLetters(index.SourcesOf("Big  Data")));
            Assert.Equal(isName, index.FindDistorted(["colossal", "information"], Lexicon)[0].IsName);
            Assert.Equal(letters, TermIndex.SourceLetters(TermIndex.Load(path).WithTerms([]).SourcesOf("big data")));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_compiled_form_round_trips()
    {
        var path = Path.Combine(Path.GetTempPath(), $"terms-{Guid.NewGuid():N}.bin");
        try
        {
            File.WriteAllBytes(path, Small.ToCompiled());
            var loaded = TermIndex.Load(path);
            Assert.Equal(Small.Terms(), loaded.Terms());
            Assert.Equal(Small.ToCompiled(), loaded.ToCompiled());
            Assert.Equal(Small.FindDistorted(["World", "Wellbeing", "Corporation"], Lexicon), loaded.FindDistorted(["World", "Wellbeing", "Corporation"], Lexicon));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_match_has_the_span_length_and_a_change() =>
        Gen.Int[0, Small.Count - 1].Select(Gen.Int[0, 3]).Sample((t, drop) =>
        {
            // Any span made of a term's words and neighbours of them gives matches of its length.
            var words = Small.Terms().ElementAt(t).Replace("'s", " 's", StringComparison.Ordinal).Split(' ');
            var spun = words.Select((w, i) => i == drop % words.Length
                ? Lexicon.Thesaurus.Synonyms(w).FirstOrDefault(e => !e.Term.Contains(' ', StringComparison.Ordinal)).Term ?? w
                : w).ToArray();
            foreach (var m in Small.FindDistorted(spun, Lexicon, maxResults: 10))
            {
                Assert.Equal(spun.Length, Proofread.Analysis.Tokenizer.Tokenize(m.Term).Length);
                Assert.InRange(m.ChangedWords, 1, spun.Length);
                Assert.InRange(m.MinStrength, 0f, m.MeanStrength);
                Assert.InRange(m.MeanStrength, m.MinStrength, 1f);
            }
        });
}
