using System.Text;
using AngleSharp.Html.Parser;
using Proofread.Language.Text;

namespace Proofread.Language.Build;

/// <summary>
/// Modern technical and expository prose from the HTML manuals of unpacked Debian packages
/// (Python, PostgreSQL, SciPy, scikit-learn, pandas, the Debian Administrator's Handbook, Django,
/// the Rust books, SQLite, statsmodels, SQLAlchemy, Apache httpd), all permissively licensed.
/// Only prose is kept: paragraph and list-item text of the page's main content, without code
/// blocks, tables, navigation, signatures or maths, and only sentences that look like English
/// prose (see <see cref="IsProse"/>). A document is one HTML page, pages in ordinal path order.
/// </summary>
internal static class TechnicalDocs
{
    /// <summary>One manual: the stats name, the Debian package, its HTML folder and the pages taken.</summary>
    internal sealed record Source(string Name, string Package, string HtmlRoot, Func<string, bool> Include);

    /// <summary>Training tokens taken from one source at most, so no manual dominates the model.</summary>
    public const long TrainTokenCap = 1_000_000;

    // Page paths are relative to HtmlRoot, with '/' separators. Most API reference pages
    // (generated/, pandas' reference/), release notes and examples are left out: they are mostly
    // signatures, lists of changes and code. statsmodels keeps its generated pages, whose
    // docstrings explain the statistics; the sentence filter and the de-duplication thin them.
    public static readonly Source[] Sources =
    [
        new("python-docs", "python3.11-doc", "usr/share/doc/python3.11-doc/html",
            p => StartsWithAny(p, "tutorial/", "howto/", "library/", "reference/", "faq/", "using/", "extending/", "installing/", "distributing/", "whatsnew/")),
        new("postgresql-docs", "postgresql-doc-15", "usr/share/doc/postgresql-doc-15/html",
            p => !p.Contains('/', StringComparison.Ordinal) && !StartsWithAny(p, "release", "bookindex", "index", "appendix-obsolete")),
        new("scipy-docs", "python-scipy-doc", "usr/share/doc/python-scipy-doc/html",
            p => StartsWithAny(p, "tutorial/", "dev/") || (p.StartsWith("reference/", StringComparison.Ordinal) && !p.Contains("/generated/", StringComparison.Ordinal))),
        new("sklearn-docs", "python-sklearn-doc", "usr/share/doc/python-sklearn-doc/html",
            p => !StartsWithAny(p, "_", "auto_examples/", "modules/generated/", "whats_new", "testimonials/", "index.html", "search.html", "genindex")
                && !p.Contains("/_", StringComparison.Ordinal)),
        new("pandas-docs", "python-pandas-doc", "usr/share/doc/python-pandas-doc/html",
            p => StartsWithAny(p, "user_guide/", "getting_started/", "development/")),
        new("debian-handbook", "debian-handbook", "usr/share/doc/debian-handbook/html/en-US",
            p => !p.Contains('/', StringComparison.Ordinal) && !StartsWithAny(p, "index.html", "ix01")),
        new("django-docs", "python-django-doc", "usr/share/doc/python-django-doc/html",
            p => StartsWithAny(p, "intro/", "topics/", "howto/", "ref/", "misc/", "faq/", "internals/")),
        new("rust-docs", "rust-doc", "usr/share/doc/rust-doc/html",
            p => StartsWithAny(p, "book/", "reference/", "nomicon/", "edition-guide/", "embedded-book/", "rustc/", "rustdoc/")
                && !p.EndsWith("/print.html", StringComparison.Ordinal) && !p.EndsWith("/404.html", StringComparison.Ordinal)),
        new("sqlite-docs", "sqlite3-doc", "usr/share/doc/sqlite3",
            p => !p.Contains('/', StringComparison.Ordinal) && !StartsWithAny(p, "releaselog", "changes", "chronology", "index", "sitemap", "docs.html", "keyword_index", "toc")),
        new("statsmodels-docs", "python-statsmodels-doc", "usr/share/doc/python-statsmodels-doc/html",
            p => !StartsWithAny(p, "_", "release/", "search.html", "genindex", "py-modindex") && !p.Contains("/_", StringComparison.Ordinal)),
        new("sqlalchemy-docs", "python-sqlalchemy-doc", "usr/share/doc/python-sqlalchemy-doc/html",
            p => !StartsWithAny(p, "_", "changelog/", "search.html", "genindex", "py-modindex", "index.html")),
        new("apache-httpd-docs", "apache2-doc", "usr/share/doc/apache2-doc/manual/en",
            p => !p.EndsWith("index.html", StringComparison.Ordinal) && !StartsWithAny(p, "sitemap", "glossary")),
    ];

    // Stands in for inline code, so that sentences quoting code can be dropped after tokenising.
    private const string CodeMarker = "Xqqcodeqqx";

    private static readonly string[] s_removed =
    [
        "pre", "table", "nav", "header", "footer", "script", "style", "dt", "math", "img", "svg", "sup",
        "div.highlight", "div.math", "span.math", "div.navheader", "div.navfooter", "div.toc", "div.sphinxsidebar",
        "div.related", "a.headerlink", "p.admonition-title", "p.rubric", "div.footer", "div.section-nav", "p.caption", "figcaption",
        "#quickview", "#footer", "#path", "div.toplang", "div.bottomlang", "#comments_section", "div.menu", "div.nosearch",
    ];

    private static readonly string[] s_code = ["code", "kbd", "samp", "tt", "span.pre", "var", "em.replaceable", "span.guilabel"];

    /// <summary>The HTML pages of <paramref name="source"/> under the unpacked package folder, in ordinal order.</summary>
    public static List<string> Pages(string debSources, Source source)
    {
        var root = Path.Combine(debSources, source.Package, source.HtmlRoot);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"No HTML manual for {source.Package} at {root}.");
        }

        return Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(source.Include)
            .Order(StringComparer.Ordinal)
            .Select(p => Path.Combine(root, p))
            .ToList();
    }

    /// <summary>Prose sentences of one page, tokenised; <paramref name="seen"/> drops sentences already taken anywhere.</summary>
    public static List<List<string>> Document(HtmlParser parser, string file, HashSet<string> seen)
    {
        var document = parser.ParseDocument(File.ReadAllText(file));
        var main = document.QuerySelector("[role=main]") ?? document.QuerySelector("main") ?? document.Body;
        var sentences = new List<List<string>>();
        if (main is null)
        {
            return sentences;
        }

        foreach (var removed in main.QuerySelectorAll(string.Join(',', s_removed)).ToList())
        {
            removed.Remove();
        }

        // Inline code that reads as a word or two ("the apt command", "returns None") stays;
        // anything else (expressions, paths, options) marks its sentence as not prose.
        foreach (var code in main.QuerySelectorAll(string.Join(',', s_code)).ToList())
        {
            var words = CorpusTokenizer.Tokenize(code.TextContent);
            if (words.Count is 0 or > 2 || !words.All(IsPlainWord))
            {
                code.TextContent = " " + CodeMarker + " ";
            }
        }

        foreach (var block in main.QuerySelectorAll("p, li, div.para"))
        {
            // A list item or a DocBook para with paragraphs inside is read through its paragraphs.
            if (block.LocalName != "p" && block.QuerySelector("p, li, div.para") is not null)
            {
                continue;
            }

            var text = Whitespace(block.TextContent);
            foreach (var sentence in CorpusTokenizer.Sentences(text))
            {
                if (IsProse(sentence) && seen.Add(string.Join(' ', sentence)))
                {
                    sentences.Add(sentence);
                }
            }
        }

        return sentences;
    }

    /// <summary>
    /// A sentence of English prose: 6 to 80 tokens, opens with a capital letter and closes with
    /// . ! or ?, at least 5 plain words, and 85 % of its word tokens plain words (letters with
    /// inner hyphens or apostrophes, or a clitic); no inline code, dotted names, empty
    /// parentheses, or code and maths symbols (a lone % or /, and numeric citations, are allowed).
    /// </summary>
    public static bool IsProse(List<string> sentence)
    {
        // A sentence may sit in brackets or quotes: "( In other words , ... . )".
        var first = sentence[0] is "(" or "\"" && sentence.Count > 1 ? sentence[1] : sentence[0];
        var last = sentence[^1] is ")" or "\"" && sentence.Count > 1 ? sentence[^2] : sentence[^1];
        if (sentence.Count is < 6 or > 80 || last is not ("." or "!" or "?") || !char.IsUpper(first[0]))
        {
            return false;
        }

        int words = 0, plain = 0;
        for (var i = 0; i < sentence.Count; i++)
        {
            var token = sentence[i];
            // A citation "[ 1 ]", a percentage and a slash between words ("input / output") are prose.
            if (token == "[" && i + 2 < sentence.Count && sentence[i + 2] == "]" && sentence[i + 1].All(char.IsAsciiDigit))
            {
                i += 2;
                continue;
            }

            if (token == CodeMarker || (token is not ("%" or "/") && token.AsSpan().IndexOfAny("_={}\\/<>@#$%*|~^[]`+") >= 0)
                || (token == "(" && i + 1 < sentence.Count && sentence[i + 1] == ")"))
            {
                return false;
            }

            if (!token.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            words++;
            if (IsPlainWord(token))
            {
                plain++;
            }
            else if (token.Contains('.', StringComparison.Ordinal) && !token.EndsWith('.') && token.Any(char.IsLetter))
            {
                return false;   // os.path, np.array: a name, not prose
            }
        }

        return plain >= 5 && plain >= 0.85 * words;
    }

    private static bool IsPlainWord(string token)
    {
        if (token is "n't" or "'s" or "'re" or "'ve" or "'ll" or "'d" or "'m")
        {
            return true;
        }

        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (char.IsAsciiLetter(c))
            {
                continue;
            }

            if ((c is '-' or '\'') && i > 0 && i < token.Length - 1 && char.IsAsciiLetter(token[i - 1]) && char.IsAsciiLetter(token[i + 1]))
            {
                continue;
            }

            return false;
        }

        return token.Length > 0;
    }

    private static bool StartsWithAny(string path, params string[] prefixes) =>
        prefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal));

    // HTML source line breaks and indentation are spaces; a paragraph is one line of text.
    private static string Whitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
