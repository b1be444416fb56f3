using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Processor.Bench;

/// <summary>
/// Tallies the runtime's allocation samples (one event about every 100 KB allocated, naming the type that
/// crossed the mark) so <c>loop STAGE PASSES --allocations</c> shows which types a stage allocates most.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!e.EventName!.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var type = e.Payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")]);
        _bytes.AddOrUpdate(type, amount, (_, total) => total + amount);
    }

    public void Print(int top)
    {
        var total = _bytes.Values.Sum();
        foreach (var (type, bytes) in _bytes.OrderByDescending(x => x.Value).Take(top))
            Console.WriteLine($"{bytes * 100.0 / total,5:0.0}%  {bytes / 1e6,8:0.0} MB  {type}");
    }
}
