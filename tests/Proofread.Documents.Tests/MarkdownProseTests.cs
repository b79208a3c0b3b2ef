
namespace Proofread.Documents.Tests;

/// <summary>
/// One row per Markdown construct: the source, the exact prose text (markup masked with spaces,
/// line breaks kept) and the exact block spans. The comment under each row shows the blocks' text.
/// </summary>
public class MarkdownProseTests
{
    [Theory]
    [InlineData("atx heading", "# Hello *world* ##",
                "  Hello  world    ",
                "[2..14)")]
    // "Hello *world"
    [InlineData("setext heading", "Title\n=====\n\nBody",
                "Title\n     \n\nBody",
                "[0..5) [13..17)")]
    // "Title" | "Body"
    [InlineData("setext heading crlf", "Title\r\n-----\r\n\r\nCRLF *para*\r\nline two\r\n",
                "Title\r\n     \r\n\r\nCRLF  para \r\nline two\r\n",
                "[0..5) [16..37)")]
    // "Title" | "CRLF *para*\r\nline two"
    [InlineData("emphasis markers", "Some *em*, **strong**, _u_, __uu__ and ~~struck~~ words.",
                "Some  em ,   strong  ,  u ,   uu   and   struck   words.",
                "[0..56)")]
    // "Some *em*, **strong**, _u_, __uu__ and ~~struck~~ words."
    [InlineData("code span", "Use `var x = 1;` or ``a ` b`` here.",
                "Use              or           here.",
                "[0..35)")]
    // "Use `var x = 1;` or ``a ` b`` here."
    [InlineData("indented code", "    indented code line\n\nPara.",
                "                      \n\nPara.",
                "[24..29)")]
    // "Para."
    [InlineData("html block", "<div>\nhtml block text\n</div>\n\nAfter.",
                "     \n               \n      \n\nAfter.",
                "[30..36)")]
    // "After."
    [InlineData("inline html and comment", "Inline <b>bold</b> and <!-- a comment --> done.",
                "Inline    bold     and                    done.",
                "[0..47)")]
    // "Inline <b>bold</b> and <!-- a comment --> done."
    [InlineData("multi-line html comment", "<!-- comment\nspanning -->\n\nAfter.",
                "            \n            \n\nAfter.",
                "[27..33)")]
    // "After."
    [InlineData("autolinks and bare urls", "See <http://a.io/x> and https://b.io/y?q=1 and www.c.io or mailto:d@e.io now.",
                "See                 and                    and          or               now.",
                "[0..77)")]
    // "See <http://a.io/x> and https://b.io/y?q=1 and www.c.io or mailto:d@e.io now."
    [InlineData("email autolink", "Mail <me@example.com> please.",
                "Mail                  please.",
                "[0..29)")]
    // "Mail <me@example.com> please."
    [InlineData("emphasis inside link and link inside emphasis", "*[em link](u)* and [**bold link**](u).",
                "  em link      and    bold link      .",
                "[2..38)")]
    // "em link](u)* and [**bold link**](u)."
    [InlineData("yaml front matter", "---\ntitle: Spun words\ntags: [a, b]\n---\nBody text.",
                "   \n                 \n            \n   \nBody text.",
                "[39..49)")]
    // "Body text."
    [InlineData("block quote", "> Quoted para\n> continues _here_.\n>\n> Second para.",
                "  Quoted para\n  continues  here .\n \n  Second para.",
                "[2..33) [38..50)")]
    // "Quoted para\n> continues _here_." | "Second para."
    [InlineData("lazy continuation", "> Quoted\nlazy line.",
                "  Quoted\nlazy line.",
                "[2..19)")]
    // "Quoted\nlazy line."
    [InlineData("bullet list", "- one\n* two\n+ three",
                "  one\n  two\n  three",
                "[2..5) [8..11) [14..19)")]
    // "one" | "two" | "three"
    [InlineData("ordered list", "1. first\n2) second\n10. tenth",
                "   first\n   second\n    tenth",
                "[3..8) [12..18) [23..28)")]
    // "first" | "second" | "tenth"
    [InlineData("nested list", "- outer\n  - inner *em*\n    lazy\n\n  Second para of outer.",
                "  outer\n    inner  em \n    lazy\n\n  Second para of outer.",
                "[2..7) [12..31) [35..56)")]
    // "outer" | "inner *em*\n    lazy" | "Second para of outer."
    [InlineData("list in quote", ">  - quoted item\n>    more",
                "     quoted item\n     more",
                "[5..26)")]
    // "quoted item\n>    more"
    [InlineData("table", "| Head A | Head B |\n|:-------|-------:|\n| one    | two    |\n| three  | `code` |",
                "  Head A   Head B  \n                   \n  one      two     \n  three            ",
                "[2..8) [11..17) [42..45) [51..54) [62..67)")]
    // "Head A" | "Head B" | "one" | "two" | "three"
    [InlineData("thematic breaks", "A\n\n***\n\n- - -\n\n___\n\nB",
                "A\n\n   \n\n     \n\n   \n\nB",
                "[0..1) [20..21)")]
    // "A" | "B"
    [InlineData("entities", "Caf&eacute; &amp; bar&#33; &#x41;",
                "Caf               bar            ",
                "[0..21)")]
    // "Caf&eacute; &amp; bar"
    [InlineData("tabs", "-\titem with tab\n\n\tcode with tab\n\npara\twith tab",
                "  item with tab\n\n code with tab\n\npara\twith tab",
                "[2..15) [18..31) [33..46)")]
    // "item with tab" | "code with tab" | "para\twith tab"
    [InlineData("unmatched markers stay prose", "A * lone star and a_snake_case word and 2*3.",
                "A * lone star and a_snake_case word and 2*3.",
                "[0..44)")]
    // "A * lone star and a_snake_case word and 2*3."
    [InlineData("only markup", "```\ncode\n```",
                "   \n    \n   ",
                "")]
    //
    [InlineData("html entity in heading", "## Q&amp;A\n",
                "   Q     A\n",
                "[3..10)")]
    // "Q&amp;A"
    [InlineData("reference links", "A [full][r], a [collapsed][] and a [r] link.\n\n[r]: http://r.io \"T\"\n[collapsed]: <http://c.io>",
                "A  full    , a  collapsed    and a  r  link.\n\n                    \n                          ",
                "[0..44)")]
    // "A [full][r], a [collapsed][] and a [r] link."
    [InlineData("unresolved brackets", "See [not a link] and [x][missing] here.",
                "See [not a link] and [x][missing] here.",
                "[0..39)")]
    // "See [not a link] and [x][missing] here."
    [InlineData("table without outer pipes", "a | b\n--|--\nc \\| d | e",
                "a   b\n     \nc  | d   e",
                "[0..1) [4..5) [12..18) [21..22)")]
    // "a" | "b" | "c \\| d" | "e"
    [InlineData("escapes", "Escaped \\*star\\* and \\# hash and a \\\\ backslash.",
                "Escaped  *star * and  # hash and a  \\ backslash.",
                "[0..48)")]
    // "Escaped \\*star\\* and \\# hash and a \\\\ backslash."
    [InlineData("hard breaks", "Backslash\\\nbreak and two spaces  \nbreak.",
                "Backslash \nbreak and two spaces  \nbreak.",
                "[0..40)")]
    // "Backslash\\\nbreak and two spaces  \nbreak."
    [InlineData("fenced code", "Before.\n\n```csharp\nvar x = \"prose?\";\n```\n\n~~~\ntilde fence\n~~~\nAfter.",
                "Before.\n\n         \n                 \n   \n\n   \n           \n   \nAfter.",
                "[0..7) [62..68)")]
    // "Before." | "After."
    [InlineData("toml front matter", "+++\ntitle = \"x\"\n+++\n\nBody text.",
                "   \n           \n   \n\nBody text.",
                "[21..31)")]
    // "Body text."
    [InlineData("inline link", "A [link text](http://x.io \"Title\") here.",
                "A  link text                       here.",
                "[0..40)")]
    // "A [link text](http://x.io \"Title\") here."
    [InlineData("images", "An ![alt text](i.png \"t\") image and [![badge](b.svg)](http://l.io) badge.",
                "An                        image and                                badge.",
                "[0..73)")]
    // "An ![alt text](i.png \"t\") image and [![badge](b.svg)](http://l.io) badge."
    [InlineData("link text with code and image", "[see `f()` and ![i](p) now](u)\n",
                " see       and         now    \n",
                "[1..26)")]
    // "see `f()` and ![i](p) now"
    [InlineData("whitespace only", "   \n\t\n",
                "   \n \n",
                "")]
    //
    [InlineData("bom-less crlf document with front matter", "---\r\ntitle: x\r\n---\r\n# Head\r\n\r\nText *here*.\r\n",
                "   \r\n        \r\n   \r\n  Head\r\n\r\nText  here .\r\n",
                "[22..26) [30..42)")]
    // "Head" | "Text *here*."
    [InlineData("lone cr line endings", "Para one\rstill one\r\rPara two",
                "Para one\rstill one\r\rPara two",
                "[0..18) [20..28)")]
    // "Para one\rstill one" | "Para two"
    [InlineData("mixed line endings in a list", "- a\r\n- b\n- c\rd",
                "  a\r\n  b\n  c\rd",
                "[2..3) [7..8) [11..14)")]
    // "a" | "b" | "c\rd"
    [InlineData("heading with a tab after the marker (Markdig misplaces these spans)", "para\n## \tTab *em*",
                "para\n    Tab  em ",
                "[0..4) [9..16)")]
    [InlineData("heading with two tabs", "# \t\tx *y*\n\nz",
                "    x  y \n\nz",
                "[4..8) [11..12)")]
    [InlineData("table Markdig also left as a paragraph", "## ,<http://c.io>\n+++~~~Two words | www.b.io`\\\nx|---|\r\n|:-:|\r\n\r\néé-   |---|    ",
                "   ,             \n+++~~~Two words             \nx --- \r\n     \r\n\r\néé-   |---|    ",
                "[3..4) [18..33) [47..48) [49..52) [64..75)")]
    [InlineData("byte-order mark in the text, then front matter", "\uFEFF---\na: 1\n---\n# Head",
                "    \n    \n   \n  Head",
                "[16..20)")]
    [InlineData("byte-order mark before TOML front matter", "\uFEFF+++\na = 1\n+++\nText",
                "    \n     \n   \nText",
                "[15..19)")]
    [InlineData("unclosed TOML front matter is text", "+++\na = 1",
                "+++\na = 1",
                "[0..9)")]
    public void Masks_markup_and_finds_blocks(string construct, string source, string prose, string blocks)
    {
        var layout = MarkdownProse.Extract(source);
        Assert.True(prose == layout.ProseText, $"{construct}: expected\n[{prose}]\nbut got\n[{layout.ProseText}]");
        Assert.Equal(blocks, string.Join(" ", layout.Blocks));
        MarkdownInvariants.Check(source, layout);
    }
}
