using Proofread.Lexicon.Morphology;
using Proofread.Lexicon.Thesaurus;

namespace Proofread.Lexicon.Tests.Thesaurus;

public sealed class ThesaurusTests
{
    private static LexicalResources R => TestData.Lexicon;

    [Theory]
    [InlineData("because of", "due to")]
    [InlineData("due to", "because of")]
    [InlineData("get together", "party")]
    [InlineData("party", "get together")]
    [InlineData("need", "require")]
    [InlineData("organization", "establishment")]
    public void Multi_word_entries_pair_up_in_some_direction(string a, string b)
    {
        var th = R.Thesaurus;
        var linked = th.Synonyms(a).Any(e => e.Term == b) || th.Sources(a).Any(e => e.Term == b);
        Assert.True(linked, $"{a} and {b} are not linked");
    }

    [Fact]
    public void Reverse_index_inverts_the_forward_index()
    {
        var th = R.Thesaurus;
        var id = th.Find("require");
        foreach (var source in th.SourceIds(id))
        {
            Assert.Contains(id, th.SynonymIds(source).ToArray());
        }

        Assert.True(th.SourceIds(id).Length > 10);
    }

    [Fact]
    public void Every_term_round_trips_through_Find()
    {
        var th = R.Thesaurus;
        for (var id = 0; id < th.TermCount; id += 997)
        {
            Assert.Equal(id, th.Find(th.TermSpan(id)));
        }
    }

    [Fact]
    public void Strengths_favour_pairs_that_several_sources_agree_on()
    {
        var synonyms = R.Thesaurus.Synonyms("need");
        var require = synonyms.Single(e => e.Term == "require");
        Assert.True(require.Info.HasFlag(PairInfo.WordNet) && require.Info.HasFlag(PairInfo.Moby));
        Assert.True(synonyms.Where(e => e.Info == PairInfo.Moby).All(e => e.Strength < require.Strength));
    }

    [Fact]
    public void Synonyms_of_an_inflected_word_are_reinflected()
    {
        var synonyms = R.SynonymsOf("needed", PartOfSpeech.Verb).Select(e => e.Term).ToList();
        Assert.Contains("required", synonyms);
        Assert.DoesNotContain("require", synonyms);
    }

    [Fact]
    public void Sources_of_a_plural_noun_are_plural()
    {
        var sources = R.SourcesOf("organizations", PartOfSpeech.Noun).Select(e => e.Term).ToList();
        Assert.Contains("establishments", sources);
    }

    [Fact]
    public void Part_of_speech_filters_pairs_that_know_theirs()
    {
        var verbs = R.SynonymsOf("need", PartOfSpeech.Verb);
        Assert.DoesNotContain(verbs, e => e.Term == "penury");
    }

    [Fact]
    public void Writer_and_reader_round_trip()
    {
        var pairs = new Dictionary<(string, string), byte>
        {
            [("because of", "due to")] = (byte)PairInfo.Moby,
            [("due to", "because of")] = (byte)(PairInfo.MyThes | PairInfo.Adverb),
            [("party", "get together")] = (byte)PairInfo.Moby,
        };
        var bytes = ThesaurusWriter.Write(pairs);
        Assert.Equal(bytes, ThesaurusWriter.Write(pairs.Reverse().ToDictionary()));
        var th = ThesaurusIndex.Load(bytes);
        Assert.Equal(4, th.TermCount);
        Assert.Equal(["due to"], th.Synonyms("because of").Select(e => e.Term));
        Assert.Equal(["party"], th.Sources("get together").Select(e => e.Term));
        Assert.Equal(PairInfo.MyThes | PairInfo.Adverb, th.Synonyms("due to")[0].Info);
    }
}
