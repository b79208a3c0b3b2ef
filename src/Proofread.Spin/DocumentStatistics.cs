using Proofread.Language.Modeling;

namespace Proofread.Spin;

/// <summary>
/// How the language model sees the whole text as written: mean log-probability per token and the
/// share of content words whose bigram with the word before was never seen in the corpus.
/// Spinning raises both at once, so every candidate gets them as context: the same odd word is
/// more suspicious in a text full of odd words than in clean prose with one rare term.
/// </summary>
internal sealed record DocumentStatistics(double LogProbPerToken, double UnattestedShare, int ContentWords)
{
    public static DocumentStatistics Compute(IReadOnlyList<SentenceContext> sentences, NGramModel language)
    {
        double logProb = 0;
        int tokens = 0, content = 0, unattested = 0;
        foreach (var sentence in sentences)
        {
            logProb += language.SentenceLogProb(sentence.Ids);
            tokens += sentence.Count + 1;
            for (var i = 0; i < sentence.Count; i++)
            {
                if (CandidateGenerator.ContentPos(sentence.Tags[i]) is not null && CandidateGenerator.IsWord(sentence.Tokens[i]))
                {
                    content++;
                    unattested += language.MatchedOrder(sentence.Ids.AsSpan(i, 1), sentence.Ids[i + 1]) < 2 ? 1 : 0;
                }
            }
        }

        return new DocumentStatistics(tokens == 0 ? 0 : logProb / tokens, content == 0 ? 0 : (double)unattested / content, content);
    }
}
