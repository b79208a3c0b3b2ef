using Proofread.Documents;

namespace Proofread.Rules.Tests;

/// <summary>Each rule kind on small packs: exact spans and suggestions.</summary>
public sealed class RuleKindTests
{
    private static List<(string Text, string? Suggestion)> Run(string rulesYaml, string text)
    {
        var pack = RulePackLoader.Parse("rules:\n" + rulesYaml, "t.yaml");
        var analyzer = new RulesAnalyzer([pack]);
        var enabled = analyzer.Rules.Select(r => r.Id).ToHashSet();
        return [.. analyzer.Analyze(Document.FromPlainText(text), enabled).Select(f => (f.Text, f.BestSuggestion?.Text))];
    }

    private const string Examples = """
            examples:
              - bad: x
                fix: x
              - good: y
        """;

    [Fact]
    public void Pattern_skips_marks_and_templates_work_together()
    {
        var yaml = """
              - id: t.skip
                kind: pattern
                message: m
                pattern:
                  - {text: not, skip: 2}
                  - {text: only, mark: true}
                  - {text: but, mark: true}
                suggest: "${2:upper} $3"
            """ + "\n" + Examples;
        Assert.Equal([("only but", "ONLY but")], Run(yaml, "It is not really only but also."));
        Assert.Empty(Run(yaml, "It is not really very much only but also."));
    }

    [Fact]
    public void Exceptions_cancel_a_match_they_overlap()
    {
        var yaml = """
              - id: t.exc
                kind: existence
                message: m
                tokens: [very]
                exceptions:
                  - [very, well]
            """ + "\n" + Examples;
        Assert.Equal([("very", (string?)null)], Run(yaml, "It is very good."));
        Assert.Empty(Run(yaml, "It is very well."));
    }

    [Fact]
    public void Part_of_speech_and_verb_form_constraints_use_the_tagger_and_morphology()
    {
        var yaml = """
              - id: t.pos
                kind: pattern
                message: m
                pattern:
                  - can
                  - {pos: VERB, form: 3sg}
                suggest: "$1 ${2:base}"
            """ + "\n" + Examples;
        Assert.Equal([("can goes", "can go")], Run(yaml, "She can goes home."));
        Assert.Empty(Run(yaml, "She can go home."));
    }

    [Fact]
    public void Repetition_keeps_the_first_word_and_allows_listed_words()
    {
        var yaml = """
              - id: t.rep
                kind: repetition
                message: m
                allow: [had]
            """ + "\n" + Examples;
        Assert.Equal([("The the", "The")], Run(yaml, "The the cat had had enough."));
        Assert.Empty(Run(yaml, "The cat, the dog."));
    }

    [Fact]
    public void Capitalization_fixes_listed_words_only_in_lower_case()
    {
        var yaml = """
              - id: t.cap
                kind: capitalization
                message: m
                words: [Monday]
            """ + "\n" + Examples;
        Assert.Equal([("monday", "Monday")], Run(yaml, "See you monday or MONDAY."));
    }

    [Fact]
    public void Substitution_keeps_a_leading_capital()
    {
        var yaml = """
              - id: t.sub
                kind: substitution
                message: m
                replace:
                  return back: return
            """ + "\n" + Examples;
        Assert.Equal([("Return back", "Return"), ("return\nback", "return")], Run(yaml, "Return back. Then return\nback."));
    }

    [Fact]
    public void Confusion_fires_only_past_its_factor()
    {
        const string Rule = """
              - id: t.conf
                kind: confusion
                message: m
                words: [then, than]
                factor: FACTOR
            """;
        Assert.Equal([("then", "than")], Run(Rule.Replace("FACTOR", "10") + "\n" + Examples, "She is taller then her brother."));
        Assert.Empty(Run(Rule.Replace("FACTOR", "1e9") + "\n" + Examples, "She is taller then her brother."));
        Assert.Empty(Run(Rule.Replace("FACTOR", "10") + "\n" + Examples, "We ate, and then we left."));
    }

    [Fact]
    public void Metric_flags_the_whole_sentence_without_a_suggestion()
    {
        var yaml = """
              - id: t.metric
                kind: metric
                message: m
                metric: sentence-words
                max: 3
            """ + "\n" + Examples;
        Assert.Equal([("One two three four.", (string?)null)], Run(yaml, "One two three four. Five six."));
    }
}
