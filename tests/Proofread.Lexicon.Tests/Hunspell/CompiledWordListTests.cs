using Proofread.Lexicon.Hunspell;
using Proofread.Lexicon.Spelling;

namespace Proofread.Lexicon.Tests.Hunspell;

/// <summary>The committed compiled forms (hunspell/en.forms) must be what the .aff/.dic compile to.</summary>
public sealed class CompiledWordListTests
{
    [Fact]
    public void The_committed_compiled_forms_are_exactly_what_the_aff_and_dic_compile_to()
    {
        var sources = new List<(string, WordList)>();
        foreach (var name in new[] { "en_US", "en_GB" })
        {
            sources.Add((name, WordList.CreateFromFiles(ProofreadData.Path($"hunspell/{name}.aff"), ProofreadData.Path($"hunspell/{name}.dic"))));
        }

        using var rebuilt = new MemoryStream();
        WordList.WriteCompiled(rebuilt, sources);
        var committed = File.ReadAllBytes(ProofreadData.Path(SpellingAnalyzer.CompiledForms));
        Assert.True(committed.AsSpan().SequenceEqual(rebuilt.ToArray())); // stale artifact: run Proofread.Lexicon.Build hunspell-forms
    }

    [Theory]
    [InlineData("en_US")]
    [InlineData("en_GB")]
    public void One_dictionary_round_trips_through_its_own_compiled_stream(string name)
    {
        var source = WordList.CreateFromFiles(ProofreadData.Path($"hunspell/{name}.aff"), ProofreadData.Path($"hunspell/{name}.dic"));
        using var compiled = new MemoryStream();
        source.WriteCompiled(compiled);
        compiled.Position = 0;
        using var aff = File.OpenRead(ProofreadData.Path($"hunspell/{name}.aff"));
        var loaded = WordList.CreateFromCompiled(aff, compiled);
        var shipped = SpellingAnalyzer.LoadWordList(name, frequencies: null);
        Assert.Equal(source.FormCount, loaded.FormCount);
        Assert.Equal(source.FormCount, shipped.FormCount);
        foreach (var word in new[] { "colour", "color", "organise", "organize", "travelled", "1st", "21st", "McDonald", "the", "xyzzy" })
        {
            Assert.True(source.Check(word) == loaded.Check(word), word);
            Assert.True(source.Check(word) == shipped.Check(word), word);
        }
    }

    [Fact]
    public void A_dictionary_the_file_lacks_is_an_error()
    {
        Assert.Throws<InvalidDataException>(() => WordList.CreateFromCompiledFiles(
            ProofreadData.Path("hunspell/en_US.aff"), ProofreadData.Path(SpellingAnalyzer.CompiledForms), "en_AU"));
    }

    [Fact]
    public void The_compiled_list_gives_the_same_verdicts_and_suggestions_as_the_source()
    {
        var compiled = SpellingAnalyzer.LoadWordList("en_US", () => TestData.Frequencies);
        Assert.Equal(TestData.EnUs.FormCount, compiled.FormCount);
        foreach (var row in TestData.Fixture("hunspell-oracle.tsv"))
        {
            Assert.True(TestData.EnUs.Check(row[0]) == compiled.Check(row[0]), row[0]);
        }

        foreach (var word in new[] { "recieve", "seperate", "alot", "paris", "programme", "teh" })
        {
            Assert.Equal(TestData.EnUs.Suggest(word), compiled.Suggest(word));
        }
    }

    [Fact]
    public void A_stream_that_is_not_a_compiled_list_is_rejected()
    {
        using var aff = File.OpenRead(ProofreadData.Path("hunspell/en_US.aff"));
        using var bad = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
        Assert.Throws<InvalidDataException>(() => WordList.CreateFromCompiled(aff, bad));
    }
}
