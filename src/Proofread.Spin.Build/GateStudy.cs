using System.Globalization;
using Proofread.Documents;
using Proofread.Text;

namespace Proofread.Spin.Build;

/// <summary>
/// Per span with proposals: the work it costs (proposals), cheap facts known before any candidate
/// is generated (the observed window's language-model scores), and what the detector made of it.
/// Data for a span gate that skips candidate generation where nothing will be found (a diagnostic).
/// </summary>
internal static class GateStudy
{
    public static void Run(IEnumerable<string> paths, TextWriter log)
    {
        var resources = SpinResources.LoadDefault();
        var detector = new SpinDetector(resources);
        var lm = resources.Language;
        log.WriteLine("file\tstart\tlength\tproposals\tkept\twindow\tobserved\tminpos\tunigram\tfirst\tfinal");
        foreach (var path in paths)
        {
            var document = Document.FromPlainText(File.ReadAllText(path));
            var where = new Dictionary<int, (SentenceContext Sentence, int Index)>();
            foreach (var s in document.Sentences)
            {
                var tokens = document.TokensOf(s).ToArray();
                if (tokens.Length == 0)
                {
                    continue;
                }

                var sentence = new SentenceContext(tokens, resources.Tagger.Tag(tokens), lm);
                for (var i = 0; i < tokens.Length; i++)
                {
                    where[tokens[i].Span.Start] = (sentence, i);
                }
            }

            var proposals = new Dictionary<TextSpan, (int Count, int Kept)>();
            var first = new Dictionary<TextSpan, double>();
            var result = detector.Detect(
                document,
                (span, c) => first[span] = first.GetValueOrDefault(span) + c.Probability,
                (span, c, kept) => proposals[span] = (proposals.GetValueOrDefault(span).Count + 1, proposals.GetValueOrDefault(span).Kept + (kept ? 1 : 0)));
            var final = result.Spans.ToDictionary(s => s.Span, s => s.Probability);
            foreach (var (span, (count, kept)) in proposals.OrderBy(p => p.Key.Start))
            {
                var (sentence, index) = where[span.Start];
                var length = 1;
                while (sentence.Tokens[index + length - 1].Span.End < span.End)
                {
                    length++;
                }

                var ids = sentence.Ids;
                var window = lm.WindowScore(ids, index + 1, length);
                var observed = lm.Score(ids, index + 1, index + 1 + length);
                var minPosition = double.PositiveInfinity;
                for (var i = index + 1; i < Math.Min(ids.Length, index + length + lm.Order); i++)
                {
                    minPosition = Math.Min(minPosition, lm.Score(ids, i, i + 1));
                }

                var unigram = 0.0;
                for (var i = index + 1; i < index + 1 + length; i++)
                {
                    unigram += lm.LogProb([], ids[i]);
                }

                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}\t{span.Start}\t{length}\t{count}\t{kept}\t{window:0.###}\t{observed:0.###}\t{minPosition:0.###}\t{unigram:0.###}\t{Math.Min(0.999, first.GetValueOrDefault(span)):0.####}\t{final.GetValueOrDefault(span):0.####}"));
            }
        }
    }
}
