using System.Collections.Immutable;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Analyzers.Phrasebook;

/// <summary>A phrasebook entry found in a document.</summary>
/// <param name="Span">The matched text, from the first word's start to the last word's end.</param>
/// <param name="Entry">The entry that matched.</param>
/// <param name="Inflection">How the head word was inflected in the text (<see cref="Inflection.None"/> for the base form).</param>
/// <param name="Suggestions">The replacement then the alternatives, inflected and cased like the text, best first.</param>
public sealed record PhraseMatch(TextSpan Span, PhrasebookEntry Entry, Inflection Inflection, ImmutableArray<Suggestion> Suggestions);
