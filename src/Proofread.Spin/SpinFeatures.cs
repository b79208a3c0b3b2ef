namespace Proofread.Spin;

/// <summary>
/// The evidence per candidate, in the order the combiner reads it. The names are stored in the
/// combiner's file and checked at load, so a model never reads features it was not trained on.
/// </summary>
internal static class SpinFeatures
{
    public const int LmDelta = 0;          // log10 P(text with candidate) - log10 P(text), over the affected window
    public const int ObsLogProb = 1;       // mean log10 P of the observed tokens in context
    public const int CandLogProb = 2;      // mean log10 P of the candidate's tokens in context
    public const int ObsLeftOrder = 3;     // longest stored n-gram ending in the observed span's first word
    public const int ObsRightOrder = 4;    // ... ending in the word after the observed span
    public const int CandLeftOrder = 5;
    public const int CandRightOrder = 6;
    public const int Strength = 7;         // thesaurus relation strength
    public const int Moby = 8;
    public const int MyThes = 9;
    public const int WordNet = 10;
    public const int PosMatch = 11;        // the pair holds for the observed part of speech
    public const int FanOut = 12;          // log(1 + headwords listing the observed word)
    public const int ObsFrequency = 13;    // log(1 + corpus count)
    public const int CandFrequency = 14;
    public const int VectorSimilarity = 15;
    public const int VectorFitDelta = 16;  // context fit of the candidate minus the observed word's
    public const int VectorFitObserved = 17;
    public const int DocCandidate = 18;    // log(1 + occurrences of the candidate in the document)
    public const int DocObserved = 19;     // log(1 + other occurrences of the observed span)
    public const int DocContext = 20;      // the candidate fills the same context elsewhere
    public const int TitleCase = 21;       // capitalised away from the sentence start
    public const int ObsLength = 22;
    public const int CandLength = 23;
    public const int FromConfusion = 24;
    public const int FromDocument = 25;
    public const int FromThesaurus = 26;
    public const int Tag = 27;             // the observed word's universal tag
    public const int SentenceStart = 28;
    public const int LmRank = 29;          // rank by LmDelta among the position's candidates
    public const int LmMargin = 30;        // LmDelta minus the best other candidate's
    public const int CandidateCount = 31;  // log(1 + candidates at the position)
    public const int ObsUnknown = 32;      // the model does not know the observed word
    public const int CandUnknown = 33;
    public const int FromTerm = 34;
    public const int DocLogProb = 35;      // the whole text's mean log10 P per token
    public const int DocUnattested = 36;   // share of the text's content words with an unseen bigram before them
    public const int SentenceUnattested = 37; // the same within the sentence
    public const int TermMinStrength = 38; // term index: the weakest relation among the changed words
    public const int TermChangedShare = 39; // term index: share of the term's words changed
    public const int TermIsName = 40;      // term index: the term is a name
    public const int ChannelRank = 41;     // where the observed word ranks among the candidate's own synonyms (64: not listed)
    public const int Count = 42;

    // The refiner's extra evidence: the first pass's verdicts around the candidate.
    public const int FirstPass = 42;       // the candidate's first-pass probability
    public const int FirstPassSpan = 43;   // its span's first-pass P(spun)
    public const int LocalOther = 44;      // first-pass spin per word in the two sentences either side
    public const int SentenceOther = 45;   // ... in the rest of its own sentence
    public const int DocumentOther = 46;   // ... in every other sentence of the text
    public const int RefinerCount = 47;

    public static readonly string[] Names =
    [
        "lm-delta", "obs-logprob", "cand-logprob", "obs-left-order", "obs-right-order", "cand-left-order", "cand-right-order",
        "strength", "moby", "mythes", "wordnet", "pos-match", "fan-out", "obs-frequency", "cand-frequency",
        "vector-similarity", "vector-fit-delta", "vector-fit-observed", "doc-candidate", "doc-observed", "doc-context",
        "title-case", "obs-length", "cand-length", "from-confusion", "from-document", "from-thesaurus", "tag",
        "sentence-start", "lm-rank", "lm-margin", "candidate-count", "obs-unknown", "cand-unknown", "from-term",
        "doc-logprob", "doc-unattested", "sentence-unattested", "term-min-strength", "term-changed-share", "term-is-name",
        "channel-rank",
    ];

    public static readonly string[] RefinerNames =
    [
        .. Names, "first-pass", "first-pass-span", "local-other", "sentence-other", "document-other",
    ];
}
