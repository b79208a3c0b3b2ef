using System.IO.Compression;
using Proofread.Lexicon.Hunspell;
using Proofread.Lexicon.Spelling;

namespace Proofread.Lexicon.Tests.Hunspell;

/// <summary>The committed compiled forms (hunspell/*.forms.gz) must be what the .aff/.dic compile to.</summary>
public sealed class CompiledWordListTests
{
    [Theory]
    [InlineData("en_US")]
    [InlineData("en_GB")]
    public void The_committed_compiled_forms_are_exactly_what_the_aff_and_dic_compile_to(string name)
    {
        var source = WordList.CreateFromFiles(ProofreadData.Path($"hunspell/{name}.aff"), ProofreadData.Path($"hunspell/{name}.dic"));
        using var rebuilt = new MemoryStream();
        source.WriteCompiled(rebuilt);
        rebuilt.Position = 0;
        using var committed = File.OpenRead(ProofreadData.Path($"hunspell/{name}.forms.gz"));
        Assert.Equal(Unzip(committed), Unzip(rebuilt)); // stale artifact: run Proofread.Lexicon.Build hunspell-forms
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
        using var bad = new MemoryStream();
        using (var gzip = new GZipStream(bad, CompressionMode.Compress, leaveOpen: true))
        {
            gzip.Write([1, 2, 3, 4, 5, 6, 7, 8]);
        }

        bad.Position = 0;
        Assert.Throws<InvalidDataException>(() => WordList.CreateFromCompiled(aff, bad));
    }

    private static byte[] Unzip(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var copy = new MemoryStream();
        gzip.CopyTo(copy);
        return copy.ToArray();
    }
}
