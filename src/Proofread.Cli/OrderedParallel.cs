namespace Proofread.Cli;

/// <summary>
/// Runs work items on several threads and hands their results, in input order, to a consumer on
/// the calling thread. At most a window of finished-but-unconsumed results is held, so memory stays
/// bounded however many items there are.
/// </summary>
internal static class OrderedParallel
{
    public static void Run<T>(int count, Func<int, T> work, Action<int, T> consume, int degree)
    {
        if (count <= 1 || degree <= 1)
        {
            // One file: no threads, which keeps start-up short.
            for (var i = 0; i < count; i++)
            {
                consume(i, work(i));
            }

            return;
        }

        degree = Math.Min(degree, count);
        var results = new TaskCompletionSource<T>[count];
        for (var i = 0; i < count; i++)
        {
            results[i] = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        // A worker takes a slot before it claims the next index, so the claimed indices are always
        // a prefix and the oldest unconsumed one is always being worked on: no deadlock.
        using var slots = new SemaphoreSlim(degree * 4);
        using var stop = new CancellationTokenSource();
        var next = -1;
        var workers = new Thread[degree];
        for (var w = 0; w < degree; w++)
        {
            workers[w] = new Thread(() =>
            {
                while (true)
                {
                    try
                    {
                        slots.Wait(stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }

                    var index = Interlocked.Increment(ref next);
                    if (index >= count)
                    {
                        return;
                    }

                    try
                    {
                        results[index].SetResult(work(index));
                    }
                    catch (Exception e)
                    {
                        results[index].SetException(e);
                    }
                }
            })
            { IsBackground = true, Name = "proofread worker" };
            workers[w].Start();
        }

        try
        {
            for (var i = 0; i < count; i++)
            {
                var result = results[i].Task.GetAwaiter().GetResult();
                results[i] = null!;
                consume(i, result);
                slots.Release();
            }
        }
        finally
        {
            stop.Cancel();
            foreach (var worker in workers)
            {
                worker.Join();
            }
        }
    }
}
