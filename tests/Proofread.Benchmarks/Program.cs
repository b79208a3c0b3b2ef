using BenchmarkDotNet.Running;

namespace Proofread.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        // A quick wall- and CPU-time timer of n-gram probes, outside BenchmarkDotNet.
        if (args is ["ngram-probes", ..])
        {
            NGramProbes.Time(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue);
            return;
        }

        if (args is ["check-speed", ..])
        {
            CheckSpeed.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
            return;
        }

        if (args is ["terms"])
        {
            TermProbes.Run();
            return;
        }

        if (args is ["lexicon-load", ..])
        {
            LexiconColdLoad.Run(steps: args is [_, "steps"]);
            return;
        }

        if (args is ["model-footprint"])
        {
            ModelFootprint.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
