using System.Collections.Immutable;

namespace Proofread.Analysis;

/// <summary>The tokens and sentences of a document's prose.</summary>
public sealed record TextAnnotation(ImmutableArray<Token> Tokens, ImmutableArray<Sentence> Sentences, int WordCount);
