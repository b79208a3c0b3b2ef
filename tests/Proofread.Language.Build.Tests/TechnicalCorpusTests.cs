using System.Text;
using System.Text.RegularExpressions;

namespace Proofread.Language.Build.Tests;

// The Debian manuals in CorpusBuilder.Run: page selection and order, pages without kept
// sentences skipped, de-duplication across manuals, the held-out split, the per-manual cap.
public sealed class TechnicalCorpusTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static TechnicalDocs.Source Manual(string name) => TechnicalDocs.Sources.Single(s => s.Name == name);

    private static string Page(string prose) => $"<html><body><div role=\"main\">{prose}</div></body></html>";

    private static string Sentence(int i) => $"The tutorial page {FakeSources.Code(i)} explains one small idea.";

    private static string Tokens(int i) => $"The tutorial page {FakeSources.Code(i)} explains one small idea .";

    /// <summary>An empty HTML folder for every manual, as an unpacked package without pages.</summary>
    private string DebSources()
    {
        var root = Path.Combine(_dir.Path, "deb-src");
        foreach (var source in TechnicalDocs.Sources)
        {
            Directory.CreateDirectory(Path.Combine(root, source.Package, source.HtmlRoot));
        }

        return root;
    }

    private void WritePage(TechnicalDocs.Source source, string relative, string html) =>
        _dir.Write(Path.Combine("deb-src", source.Package, source.HtmlRoot, relative), html);

    [Fact]
    public void Pages_are_the_included_html_files_in_ordinal_path_order()
    {
        var debSources = DebSources();
        var python = Manual("python-docs");
        foreach (var page in (string[])["tutorial/b.html", "tutorial/B.html", "tutorial/a10.html", "tutorial/a9.html", "tutorial/sub/deep.html", "genindex.html", "tutorial/notes.txt", "faq/x.html"])
        {
            WritePage(python, page, Page("x"));
        }

        var root = Path.Combine(debSources, python.Package, python.HtmlRoot);
        var pages = TechnicalDocs.Pages(debSources, python).Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'));

        Assert.Equal(["faq/x.html", "tutorial/B.html", "tutorial/a10.html", "tutorial/a9.html", "tutorial/b.html", "tutorial/sub/deep.html"], pages);
    }

    [Fact]
    public void A_missing_manual_is_named_in_the_error()
    {
        var debSources = Path.Combine(_dir.Path, "deb-src");
        var error = Assert.Throws<DirectoryNotFoundException>(() => TechnicalDocs.Pages(debSources, Manual("sqlite-docs")));
        Assert.StartsWith("No HTML manual for sqlite3-doc at ", error.Message, StringComparison.Ordinal);
    }

    // The "pages taken" column of the README's table, a page or two either side of each rule.
    [Theory]
    [InlineData("python-docs", "tutorial/index.html", true)]
    [InlineData("python-docs", "whatsnew/3.11.html", true)]
    [InlineData("python-docs", "c-api/intro.html", false)]
    [InlineData("python-docs", "genindex.html", false)]
    [InlineData("postgresql-docs", "sql-select.html", true)]
    [InlineData("postgresql-docs", "release-15-1.html", false)]
    [InlineData("postgresql-docs", "bookindex.html", false)]
    [InlineData("postgresql-docs", "index.html", false)]
    [InlineData("postgresql-docs", "appendix-obsolete-pgupgrade.html", false)]
    [InlineData("postgresql-docs", "sub/page.html", false)]
    [InlineData("scipy-docs", "tutorial/stats.html", true)]
    [InlineData("scipy-docs", "dev/contributor.html", true)]
    [InlineData("scipy-docs", "reference/stats.html", true)]
    [InlineData("scipy-docs", "reference/generated/scipy.stats.norm.html", false)]
    [InlineData("sklearn-docs", "modules/svm.html", true)]
    [InlineData("sklearn-docs", "auto_examples/plot.html", false)]
    [InlineData("sklearn-docs", "modules/generated/sklearn.svm.SVC.html", false)]
    [InlineData("sklearn-docs", "whats_new/v1.2.html", false)]
    [InlineData("sklearn-docs", "_sources/x.html", false)]
    [InlineData("pandas-docs", "user_guide/io.html", true)]
    [InlineData("pandas-docs", "reference/frame.html", false)]
    [InlineData("debian-handbook", "sect.apt-get.html", true)]
    [InlineData("debian-handbook", "ix01.html", false)]
    [InlineData("django-docs", "topics/db/models.html", true)]
    [InlineData("django-docs", "releases/3.2.html", false)]
    [InlineData("rust-docs", "book/ch01-00.html", true)]
    [InlineData("rust-docs", "book/print.html", false)]
    [InlineData("rust-docs", "std/index.html", false)]
    [InlineData("sqlite-docs", "lang_select.html", true)]
    [InlineData("sqlite-docs", "releaselog/3_40_1.html", false)]
    [InlineData("sqlite-docs", "changes.html", false)]
    [InlineData("statsmodels-docs", "regression.html", true)]
    [InlineData("statsmodels-docs", "generated/statsmodels.api.OLS.html", true)]
    [InlineData("statsmodels-docs", "_modules/x.html", false)]
    [InlineData("statsmodels-docs", "release/version0.13.html", false)]
    [InlineData("sqlalchemy-docs", "orm/quickstart.html", true)]
    [InlineData("sqlalchemy-docs", "changelog/changelog_14.html", false)]
    [InlineData("apache-httpd-docs", "howto/htaccess.html", true)]
    [InlineData("apache-httpd-docs", "mod/index.html", false)]
    [InlineData("apache-httpd-docs", "glossary.html", false)]
    public void Pages_taken_follow_the_readme_table(string manual, string page, bool taken) =>
        Assert.Equal(taken, Manual(manual).Include(page));

    [Fact]
    public void The_manuals_read_are_the_pinned_packages_of_the_readme_and_build_script()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "corpora", "README.md"));
        var script = File.ReadAllText(Path.Combine(root, "corpora", "build.sh"));
        var inReadme = Regex.Matches(readme, @"^\| `([a-z0-9.+-]+)=[^`]+` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        var inScript = Regex.Matches(script, "^  \"([a-z0-9.+-]+)=[^\"]+\"", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        var inCode = TechnicalDocs.Sources.Select(s => s.Package);

        Assert.Equal(inCode, inReadme);
        Assert.Equal(inCode, inScript);
    }

    [Fact]
    public void Manual_pages_are_documents_after_the_npm_sources_and_their_held_out_text_is_copied()
    {
        var npm = new FakeSources(_dir, brown: 1, sotu: 20, mobyChapters: 1, nlp: 1, synsetsPerFile: 1);
        var debSources = DebSources();
        var python = Manual("python-docs");
        for (var i = 0; i <= 20; i++)
        {
            WritePage(python, $"tutorial/p{i:00}.html", Page($"<p>{Sentence(i)}</p><pre>code here</pre>"));
        }

        // Pages without a kept sentence are no document and take no index: one without prose,
        // one whose only sentence an earlier page had. Pages outside the table are not read.
        WritePage(python, "tutorial/p05a.html", Page("<p>Too short here.</p><p>no capital at the start of this one.</p>"));
        WritePage(python, "tutorial/p07a.html", Page($"<p>{Sentence(3)}</p>"));
        WritePage(python, "genindex.html", Page("<p>The general index lists every name in the manual.</p>"));

        // A later manual does not take a sentence again either.
        WritePage(Manual("postgresql-docs"), "intro.html", Page($"<p>{Sentence(4)} The server keeps its files in one folder.</p>"));

        var output = Path.Combine(_dir.Path, "text");
        CorpusBuilder.Run(npm.Root, output, debSources);

        Assert.Equal(Tokens(19) + "\n", Read(output, "heldout.technical.txt"));
        Assert.Equal(
            "The speech xaat was read to the whole nation .\nIt ended with thanks .\nMore followed later\n" + Tokens(19) + "\n",
            Read(output, "heldout.txt"));

        var expectedTrain = string.Concat(Enumerable.Range(0, 21).Where(i => i != 19).Select(i => Tokens(i) + "\n"))
            + "The server keeps its files in one folder .\n";
        var train = Read(output, "train.txt");
        Assert.EndsWith("\nthe xaad example\n" + expectedTrain, train, StringComparison.Ordinal);   // the last WordNet gloss, then the manuals

        var stats = Read(output, "stats.tsv").Split('\n');
        Assert.Equal("python-docs\t21\t21\t180\t9", stats[6]);
        Assert.Equal("postgresql-docs\t1\t1\t9\t0", stats[7]);
        Assert.Equal(
            TechnicalDocs.Sources.Skip(2).Select(s => $"{s.Name}\t0\t0\t0\t0"),
            stats[8..^1]);
    }

    [Fact]
    public void Without_manuals_the_npm_text_is_the_same_bytes()
    {
        // README: the npm part of train.txt and heldout.txt is byte-identical to the npm-only build.
        var npm = new FakeSources(_dir, brown: 2, sotu: 21, mobyChapters: 1, nlp: 2, synsetsPerFile: 2);
        var debSources = DebSources();
        WritePage(Manual("rust-docs"), "book/ch01.html", Page($"<p>{Sentence(1)}</p>"));

        CorpusBuilder.Run(npm.Root, Path.Combine(_dir.Path, "npm"));
        CorpusBuilder.Run(npm.Root, Path.Combine(_dir.Path, "all"), debSources);

        Assert.Equal(Read(Path.Combine(_dir.Path, "npm"), "train.txt") + Tokens(1) + "\n", Read(Path.Combine(_dir.Path, "all"), "train.txt"));
        Assert.Equal(Read(Path.Combine(_dir.Path, "npm"), "heldout.txt"), Read(Path.Combine(_dir.Path, "all"), "heldout.txt"));
    }

    [Fact]
    public void A_manual_stops_at_the_first_page_after_its_training_text_reaches_the_cap()
    {
        Assert.Equal(1_000_000, TechnicalDocs.TrainTokenCap);
        var npm = new FakeSources(_dir, brown: 1, sotu: 1, mobyChapters: 1, nlp: 1, synsetsPerFile: 1);
        var debSources = DebSources();
        var sqlite = Manual("sqlite-docs");

        // Page a: 12,500 distinct sentences, 12,499 of 80 tokens and one of 70 (999,990 tokens, under
        // the cap); page b takes the manual over it (1,000,008) and is kept whole; page c is not read.
        var html = new StringBuilder("<html><body><main>");
        var filler = string.Join(' ', Enumerable.Repeat("a", 77));
        for (var i = 0; i < 12_500; i++)
        {
            html.Append(i % 50 == 0 ? "<p>" : " ").Append("The ").Append(FakeSources.Code(i)).Append(' ')
                .Append(i < 12_499 ? filler : filler[..(67 * 2)]).Append('.');
        }

        WritePage(sqlite, "a.html", html.Append("</main></body></html>").ToString());
        WritePage(sqlite, "b.html", Page($"<p>{Sentence(1)} {Sentence(2)}</p>"));
        WritePage(sqlite, "c.html", Page($"<p>{Sentence(3)}</p>"));

        var output = Path.Combine(_dir.Path, "text");
        CorpusBuilder.Run(npm.Root, output, debSources);

        var stats = Read(output, "stats.tsv");
        Assert.Contains("\nsqlite-docs\t2\t12502\t1000008\t0\n", stats, StringComparison.Ordinal);
        Assert.EndsWith(Tokens(1) + "\n" + Tokens(2) + "\n", Read(output, "train.txt"), StringComparison.Ordinal);
    }

    private static string Read(string folder, string name) => File.ReadAllText(Path.Combine(folder, name), Encoding.UTF8);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Proofread.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Proofread.sln not found above " + AppContext.BaseDirectory);
    }
}
