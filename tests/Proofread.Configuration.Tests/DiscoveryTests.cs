using Proofread.Findings;

namespace Proofread.Configuration.Tests;

public class DiscoveryTests
{
    private static readonly RuleDescriptor Typo = new("spelling.typo", "Typo", FindingCategory.Spelling, Severity.Warning, "");
    private static readonly RuleDescriptor Variant = new("spelling.variant", "Variant", FindingCategory.Spelling, Severity.Info, "");
    private static readonly RuleDescriptor Phrasebook = new("spin.phrasebook", "Phrasebook", FindingCategory.Spin, Severity.Warning, "");
    private static readonly RuleDescriptor Weasel = new("style.weasel", "Weasel", FindingCategory.Style, Severity.Info, "", EnabledByDefault: false);
    private static readonly RuleDescriptor[] Rules = [Typo, Variant, Phrasebook, Weasel];

    private static string On(EffectiveConfig config, string[]? enable = null, string[]? disable = null)
    {
        var selection = config.SelectRules(Rules, enable ?? [], disable ?? []);
        return string.Join(' ', Rules.Where(selection.IsEnabled).Select(r => r.Id));
    }

    [Fact]
    public void The_nearest_config_wins_and_root_stops_the_search()
    {
        using var tree = new TempTree();
        tree.Write("outside/.proofread.yml", "language: en-GB\nignore-words: [Outer]\n");
        tree.Write("outside/project/.proofread.yml", "root: true\nlanguage: en-GB\nmin-confidence: 0.3\nignore-words: [Top]\n");
        tree.Write("outside/project/docs/.proofread.yml", "language: en-US\nignore-words: [Docs]\n");
        tree.Write("outside/project/docs/guide/deep/a.md", "x");
        var resolver = new ConfigResolver(tree.PathOf("outside/project"));

        var deep = resolver.ForFile(tree.PathOf("outside/project/docs/guide/deep/a.md"));
        Assert.Equal([".proofread.yml", "docs/.proofread.yml"], deep.Chain.Select(c => c.DisplayPath).ToArray());
        Assert.Equal("en-US", deep.Language);
        Assert.Equal(0.3, deep.MinConfidence);
        Assert.Equal(["Top", "Docs"], deep.IgnoreWords.ToArray());

        var top = resolver.ForDirectory(tree.PathOf("outside/project"));
        Assert.Equal("en-GB", top.Language);
        Assert.Equal(["Top"], top.IgnoreWords.ToArray());
        Assert.Same(deep, resolver.ForDirectory(tree.PathOf("outside/project/docs/guide")));
    }

    [Fact]
    public void No_config_means_defaults()
    {
        using var tree = new TempTree();
        tree.Write("a/.proofread.yml", "root: true\n");
        var resolver = new ConfigResolver(tree.Root);
        var config = resolver.ForDirectory(tree.PathOf("a"));
        Assert.Null(config.Language);
        Assert.Null(config.MinConfidence);
        Assert.Null(config.IsIncluded(tree.PathOf("a/x.md")));
        Assert.False(config.IsExcluded(tree.PathOf("a/x.md")));
        Assert.Equal("spelling.typo spelling.variant spin.phrasebook", On(config));
    }

    [Fact]
    public void A_bad_config_on_the_way_up_fails_with_its_position()
    {
        using var tree = new TempTree();
        tree.Write(".proofread.yml", "root: true\n");
        tree.Write("docs/.proofread.yml", "\nmin-confidence: high\n");
        var e = Assert.Throws<ConfigException>(() => new ConfigResolver(tree.Root).ForFile(tree.PathOf("docs/sub/a.md")));
        Assert.Equal("docs/.proofread.yml:2:17: min-confidence: expected a number from 0 to 1, not 'high'", e.Errors.Single().ToString());
    }

    [Fact]
    public void Rule_switches_layer_outermost_first_and_the_command_line_last()
    {
        using var tree = new TempTree();
        tree.Write(".proofread.yml", "root: true\ndisable: [spelling]\nenable: [style.weasel]\n");
        tree.Write("a/.proofread.yml", "enable: [spelling.typo]\n");
        tree.Write("b/.proofread.yml", "enable: [spelling]\ndisable: [spelling]\n");
        tree.Write("c/.proofread.yml", "severity:\n  spin: off\n");
        var resolver = new ConfigResolver(tree.Root);
        Assert.Equal("spelling.typo spin.phrasebook style.weasel", On(resolver.ForDirectory(tree.PathOf("a"))));
        Assert.Equal("spin.phrasebook style.weasel", On(resolver.ForDirectory(tree.PathOf("b"))), ignoreLineEndingDifferences: false);
        Assert.Equal("style.weasel", On(resolver.ForDirectory(tree.PathOf("c"))));
        Assert.Equal("spelling.variant style.weasel", On(resolver.ForDirectory(tree.PathOf("c")), enable: ["spelling.variant"]));
        Assert.Equal("spelling.typo", On(resolver.ForDirectory(tree.PathOf("a")), enable: ["spin"], disable: ["spin", "style"]));
    }

    [Fact]
    public void Severities_take_the_most_specific_selector_of_the_nearest_config()
    {
        using var tree = new TempTree();
        tree.Write(".proofread.yml", "root: true\nseverity:\n  spelling.typo: error\n  spelling: info\n  spin.phrasebook: info\n");
        tree.Write("a/.proofread.yml", "severity:\n  spelling: warning\n");
        var resolver = new ConfigResolver(tree.Root);
        var top = resolver.ForDirectory(tree.Root).Severities(Rules);
        Assert.Equal("spelling.typo=Error spelling.variant=Info spin.phrasebook=Info", Show(top));
        var nested = resolver.ForDirectory(tree.PathOf("a")).Severities(Rules);
        Assert.Equal("spelling.typo=Warning spelling.variant=Warning spin.phrasebook=Info", Show(nested));

        static string Show(IReadOnlyDictionary<string, Severity> severities) =>
            string.Join(' ', severities.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
    }

    [Fact]
    public void Unknown_selectors_are_positioned_errors()
    {
        using var tree = new TempTree();
        tree.Write(".proofread.yml", "root: true\nenable: [spin, spn]\nseverity:\n  speling: info\n");
        var errors = new ConfigResolver(tree.Root).ForDirectory(tree.Root).UnknownSelectors(Rules).Select(e => e.ToString());
        Assert.Equal(
            [".proofread.yml:2:16: unknown rule 'spn'; 'proofread rules list' shows them", ".proofread.yml:4:3: unknown rule 'speling'; 'proofread rules list' shows them"],
            errors.ToArray());
    }

    [Fact]
    public void Include_comes_from_the_nearest_config_and_excludes_add_up_relative_to_their_config()
    {
        using var tree = new TempTree();
        tree.Write(".proofread.yml", "root: true\ninclude: [\"*.md\"]\nexclude: [drafts/**, \"*.tmp.md\"]\n");
        tree.Write("docs/.proofread.yml", "include: [\"*.rst\", guide/*.txt]\nexclude: [old.rst]\n");
        var resolver = new ConfigResolver(tree.Root);
        var top = resolver.ForDirectory(tree.Root);
        Assert.True(top.IsIncluded(tree.PathOf("a/b.md")));
        Assert.False(top.IsIncluded(tree.PathOf("a/b.txt")));
        Assert.True(top.IsExcluded(tree.PathOf("drafts/x/b.md")));
        Assert.True(top.IsExcluded(tree.PathOf("a/b.tmp.md")));
        Assert.False(top.IsExcluded(tree.PathOf("a/drafts/b.md")));

        var docs = resolver.ForDirectory(tree.PathOf("docs"));
        Assert.True(docs.IsIncluded(tree.PathOf("docs/x/y.rst")));
        Assert.True(docs.IsIncluded(tree.PathOf("docs/guide/y.txt")));
        Assert.False(docs.IsIncluded(tree.PathOf("docs/x/guide/y.txt")));
        Assert.False(docs.IsIncluded(tree.PathOf("docs/y.md")));
        Assert.True(docs.IsExcluded(tree.PathOf("docs/sub/old.rst")));
        Assert.True(docs.IsExcluded(tree.PathOf("docs/sub/a.tmp.md")));
        Assert.False(docs.IsExcluded(tree.PathOf("docs/sub/new.rst")));
    }
}
