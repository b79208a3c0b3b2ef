using Proofread.Documents;
using Proofread.Lexicon.Morphology;

namespace Proofread.Spin.Tests;

/// <summary>Where candidates come from: the channel model, inflected phrases, names, and the refiner's reach.</summary>
public sealed class CandidateTests
{
    private static readonly SpinResources Resources = SpinResources.LoadDefault();

    [Fact]
    public void Nearly_every_strong_synonym_a_spinner_would_pick_leads_back_to_the_original()
    {
        // A spinner replaces a word by one of its strongest synonyms; the channel model must
        // propose the original for each of them with a rank inside the channel, except where the
        // pick is a hub listed by so many headwords that the original falls beyond the cut.
        (string Word, PartOfSpeech Pos)[] originals =
        [
            ("party", PartOfSpeech.Noun), ("strict", PartOfSpeech.Adjective), ("measures", PartOfSpeech.Noun),
            ("said", PartOfSpeech.Verb), ("health", PartOfSpeech.Noun), ("rare", PartOfSpeech.Adjective),
        ];
        var picks = originals.SelectMany(o => Resources.Lexicon.SynonymsOf(o.Word, o.Pos)
            .Where(e => !e.Term.Contains(' ', StringComparison.Ordinal)).Take(12)
            .Select(e => (o.Word, o.Pos, Pick: e.Term))).ToList();
        var found = picks.Count(p => Resources.SourcesOf(p.Pick, p.Pos).Any(s => s.Term == p.Word && s.ChannelRank < SpinResources.ChannelDepth));

        Assert.Equal(72, picks.Count);
        Assert.Equal(63, found);
    }

    [Fact]
    public void An_inflected_multi_word_synonym_is_looked_up_by_its_lemma_and_the_candidate_inflected_alike()
    {
        var candidates = Generated("The guards held back the crowd at the gate.", "held back");

        Assert.Contains("kept", candidates);
        Assert.DoesNotContain("keep", candidates);
    }

    [Fact]
    public void Thesaurus_candidates_put_into_the_observed_form_are_words()
    {
        // Moby lists "persons" under "state" without a part of speech, and "state of affairs" under
        // "situation": inflected blindly they made "personsed" for "stated" and "state of affairses".
        const string text = "Kim stated that such situations arise when prices rose.";
        var candidates = new List<(string Observed, string Text)>();
        new SpinDetector(Resources).Detect(Document.FromPlainText(text), null, (span, c, _) =>
        {
            if ((c.Sources & CandidateSource.Thesaurus) != 0)
            {
                candidates.Add((text.Substring(span.Start, span.Length), c.Text));
            }
        });

        Assert.Contains(("stated", "said"), candidates);
        Assert.Contains(("situations", "positions"), candidates);
        Assert.DoesNotContain(("stated", "personsed"), candidates);
        Assert.DoesNotContain(("situations", "state of affairses"), candidates);
        Assert.All(candidates, c => Assert.True(
            Resources.Lexicon.Thesaurus.Find(c.Text) >= 0 || c.Text.Split(' ').All(w => Resources.Lexicon.Speller.Check(w) || Resources.Lexicon.Speller.Check(char.ToUpperInvariant(w[0]) + w[1..])),
            $"{c.Observed} -> {c.Text}"));
    }

    [Fact]
    public void A_name_takes_a_document_candidate_only_when_the_thesaurus_relates_them()
    {
        const string text = "The World Health Organization said so. The World Health Organization agreed. The World Wellbeing Organization warned. Exports from Korea rose sharply. Exports from Korea rose again. Exports from Chad rose too.";

        Assert.Contains("health", Generated(text, "Wellbeing"));
        Assert.DoesNotContain("korea", Generated(text, "Chad"));
    }

    [Fact]
    public void Without_surrounding_text_the_refiner_leaves_the_first_pass_as_it_is()
    {
        var document = Document.FromPlainText("Kim needed strident actions to avoid an outbreak of the illness.");
        var refined = new SpinDetector(Resources).Detect(document);
        var firstPass = new SpinDetector(Resources.With(Resources.Combiner, Resources.Passages, refiner: null)).Detect(document);

        Assert.NotNull(Resources.Refiner);
        Assert.NotEmpty(firstPass.Spans);
        Assert.Equal(firstPass.Spans.Select(s => (s.Span, s.Probability)), refined.Spans.Select(s => (s.Span, s.Probability)));
    }

    [Fact]
    public void The_same_swap_is_likelier_spun_among_spun_sentences_than_among_clean_ones()
    {
        const string clean1 = "The prime minister said the government would not change its policy on immigration. The opposition party rejected the offer on Tuesday. ";
        const string clean2 = "The president signed the bill into law on Monday after a long debate in the Senate. Critics said the new rules would hurt small businesses across the country.";
        const string spun1 = "The prime minister stated the administration would not modify its coverage on immigration. The opposition get together rejected the proposal on Tuesday. ";
        const string spun2 = "The president autographed the invoice into legislation on Monday after a extended argument in the Senate. Critics stated the fresh guidelines would damage little enterprises throughout the nation.";
        const string probe = "Officials said the talks would proceed subsequent week. ";

        SpinSpan? Span(string before, string after)
        {
            var text = before + probe + after;
            var at = text.IndexOf("subsequent", StringComparison.Ordinal);
            return new SpinDetector(Resources).Detect(Document.FromPlainText(text)).Spans.SingleOrDefault(s => s.Span.Start == at);
        }

        var amongSpun = Span(spun1, spun2);
        var amongClean = Span(clean1, clean2);

        Assert.NotNull(amongSpun);
        Assert.Equal("next", amongSpun.Suggestions[0].Text);
        Assert.True(amongSpun.Probability > (amongClean?.Probability ?? 0) + 0.3, $"among spun {amongSpun.Probability:0.000}, among clean {amongClean?.Probability ?? 0:0.000}");
    }

    private static List<string> Generated(string text, string observed)
    {
        var at = text.IndexOf(observed, StringComparison.Ordinal);
        var candidates = new List<string>();
        new SpinDetector(Resources).Detect(Document.FromPlainText(text), null, (span, c, _) =>
        {
            if (span.Start == at && span.Length == observed.Length)
            {
                candidates.Add(c.Text);
            }
        });
        return candidates;
    }
}
