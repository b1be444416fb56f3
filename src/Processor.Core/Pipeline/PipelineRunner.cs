using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Processor.Abstractions;
using Processor.Core.Configuration;
using Processor.Core.Diagnostics;
using Processor.Core.Inputs;
using Processor.Core.Output;
using Processor.Core.Sharding;
using Processor.Core.State;

namespace Processor.Core.Pipeline;

/// <summary>
/// Runs prepared stages over the input files. Per-file and per-document stages run back to back on
/// each file, on all cores; corpus stages then see everything; output stages write into a staging
/// folder that replaces the digest only when all of them succeeded.
/// </summary>
public sealed class PipelineRunner(PipelineConfig config, IReadOnlyList<PreparedStage> stages, IRunLog log, StateStore? state = null, DateTimeOffset? since = null)
{
    private readonly Lock _stateGate = new();
    private IReadOnlyList<SkippedInput> _unreadable = [];
    /// <summary>Set once the state has committed the run: from then on its digest is published, now or by the next start.</summary>
    private bool _committed;
    private readonly ConcurrentDictionary<string, CachedSource> _changed = new();
    private readonly SentencePool _pool = new();
    private readonly ConcurrentDictionary<string, SourceFile> _sources = new();

    /// <summary>
    /// With <c>--merge-shards</c>: the per-file results come from the map jobs' shard files (checked against the pipeline)
    /// instead of the streaming stages; the rest of the run is an ordinary one.
    /// </summary>
    public ShardSet? Shards { get; init; }

    /// <summary>Time spent inside each stage, summed over threads (so per-file stages show CPU time).</summary>
    private readonly ConcurrentDictionary<string, long> _stageTicks = new();

    /// <param name="unreadable">Inputs the resolver found but could not read; they join the digest's skipped list.</param>
    public async Task<RunSummary> RunAsync(IReadOnlyList<string> files, CancellationToken cancellation, IReadOnlyList<SkippedInput>? unreadable = null)
    {
        _unreadable = unreadable ?? [];
        var started = DateTimeOffset.UtcNow;
        // The output's lock first: a second run on the same output stops here, before any work.
        using var publisher = DigestPublisher.Open(config, log, started);
        publisher.Recover(state);
        var runId = state?.StartRun(started);
        try
        {
            return await RunCoreAsync(files, started, runId, publisher, cancellation);
        }
        catch (Exception e) when (!_committed)
        {
            // A state that failed (damaged, read-only, full) is not written to again.
            if (runId is { } id && e is not StateException)
                lock (_stateGate) state!.EndRun(id, e is OperationCanceledException ? "cancelled" : "failed");
            throw;
        }
    }

    /// <summary>
    /// The run in its four phases (README, "How a run works"): the source pass, the whole-corpus stages, the new-claim
    /// marks, then output and commit. The planner has checked the order: streaming stages come first.
    /// </summary>
    private async Task<RunSummary> RunCoreAsync(IReadOnlyList<string> files, DateTimeOffset started, long? runId, DigestPublisher publisher, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var streaming = stages.Where(s => s.IsStreaming).ToList();
        var fingerprint = StageFingerprint.Of(streaming, config);
        var memory = new StageMemory(stages, config, log);
        if (state is not null)
            lock (_stateGate) memory.Restore(state);

        var corpus = await SourcePassAsync(files, streaming, started, fingerprint, cancellation);
        var deleted = ReportSources(corpus);
        corpus = await CorpusStagesAsync(corpus, started, cancellation);
        var (marked, seenTexts, newClaims) = MarkNewClaims(corpus, started);
        var outputDirectory = await OutputAndCommitAsync(marked, runId, publisher, started,
            (staging, output, id) => Record(id, marked, fingerprint, seenTexts, newClaims, memory, started, staging, output), cancellation);

        // A plugin may be used by several stages (two renderers): its time is reported once, summed.
        var stageTimes = new Dictionary<string, TimeSpan>();
        foreach (var stage in stages) stageTimes[stage.Id] = Stopwatch.GetElapsedTime(0, _stageTicks.GetValueOrDefault(stage.Id));
        return new RunSummary(outputDirectory, marked.Sources.Length, marked.Skipped.Length, marked.Documents.Length,
            marked.Documents.Sum(d => d.Sentences.Length), marked.Claims.Length, clock.Elapsed)
        {
            ChangedSources = state is null ? marked.Sources.Length : _changed.Count,
            DeletedSources = deleted,
            NewClaims = newClaims,
            InputBytes = marked.Sources.Sum(s => s.Bytes),
            StageTimes = stageTimes,
        };
    }

    /// <summary>Phase 1: every file through the streaming stages, on all cores (cached results reused), assembled into the corpus.</summary>
    private async Task<Corpus> SourcePassAsync(IReadOnlyList<string> files, List<PreparedStage> streaming, DateTimeOffset started, string fingerprint, CancellationToken cancellation)
    {
        if (Shards is { } shards) return Assemble(await EachFileAsync(files, (path, _) => Task.FromResult(FromShard(path, shards)), cancellation));
        await ObserveAsync(files, streaming, started, cancellation);
        return Assemble(await EachFileAsync(files, (path, token) => ProcessSourceAsync(path, streaming, started, fingerprint, token), cancellation));
    }

    /// <summary>One outcome per file, in the files' order, computed on all cores.</summary>
    private async Task<SourceOutcome[]> EachFileAsync(IReadOnlyList<string> files, Func<string, CancellationToken, Task<SourceOutcome>> process, CancellationToken cancellation)
    {
        var outcomes = new SourceOutcome[files.Count];
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation },
            async (i, token) =>
            {
                outcomes[i] = await process(files[i], token);
                log.Progress(Interlocked.Increment(ref done), files.Count);
            });
        return outcomes;
    }

    /// <summary>
    /// The map of a sharded run (<c>--shard K/N</c>): the statistics pass over every file (observers must see the whole
    /// corpus, or a shard's results would differ from a single run's), then the streaming stages on this shard's files,
    /// written as one shard result. No state is read or written and no digest: the reduce does both.
    /// </summary>
    public async Task<MapSummary> MapAsync(IReadOnlyList<string> files, ShardSpec shard, string directory, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        var streaming = stages.Where(s => s.IsStreaming).ToList();
        var fingerprint = StageFingerprint.Of(streaming, config);
        var mine = files.Where(f => shard.Covers(SourceReader.RelativePath(config.BaseDirectory, f))).ToList();
        log.Info($"shard {shard}: {mine.Count} of {files.Count} input file(s)");
        await ObserveAsync(files, streaming, started, cancellation);
        var outcomes = await EachFileAsync(mine, (path, token) => ProcessSourceAsync(path, streaming, started, fingerprint, token), cancellation);

        var inputs = new List<ShardInput>();
        var results = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < mine.Count; i++)
        {
            var outcome = outcomes[i];
            var path = SourceReader.RelativePath(config.BaseDirectory, mine[i]);
            if (outcome.Source is not { } source)
            {
                inputs.Add(new ShardInput(path, "", 0, outcome.Skipped));
                continue;
            }
            inputs.Add(new ShardInput(path, source.Sha256, source.Bytes, outcome.Skipped));
            results[path] = CachedSourceCodec.Encode(new CachedSource(outcome.Documents, outcome.Removed));
        }
        var file = new ShardFile
        {
            Header = new ShardHeader
            {
                Pipeline = Path.GetFileName(config.FilePath),
                Fingerprint = fingerprint,
                Shard = shard.Index,
                Shards = shard.Count,
                Plugins = [.. stages.Select(s => $"{s.Id} {s.Plugin.Version}").Distinct()],
                Created = started,
                Inputs = inputs,
            },
            Results = results,
        };
        Directory.CreateDirectory(directory);
        var shardPath = Path.Combine(directory, shard.FileName);
        file.Write(shardPath);
        return new MapSummary(shardPath, mine.Count, outcomes.Count(o => o.Source is null), outcomes.Sum(o => o.Documents.Length), clock.Elapsed);
    }

    /// <summary>
    /// Reads an input for processing: its bytes, known to the run by source id, with a warning when its encoding had to
    /// be guessed; null, and why in <paramref name="skipped"/>, when it cannot be processed at all.
    /// </summary>
    private SourceText? Open(string path, out SkippedInput? skipped)
    {
        (var source, skipped) = SourceReader.Read(config.BaseDirectory, path, config.MaxFileBytes);
        if (source is null) return null;
        _sources[source.File.Id] = source.File;
        if (source.EncodingNote is { } note) log.Report(Diagnostic.Warning(source.File.Path, 0, 0, note));
        return source;
    }

    /// <summary>A file's results as its map job left them, after checking the file is the one that was mapped.</summary>
    private SourceOutcome FromShard(string path, ShardSet shards)
    {
        var relative = SourceReader.RelativePath(config.BaseDirectory, path);
        if (Open(path, out var skipped) is not { } source)
        {
            shards.For(relative, "");   // a file unreadable now must have been unreadable for its map job too
            return new SourceOutcome(null, [], [], [skipped!]);
        }
        var (input, result) = shards.For(relative, source.File.Sha256);
        if (result is null) return new SourceOutcome(source.File, [], [], [.. input.Skipped]);
        var cached = CachedSourceCodec.Decode(result, source, _pool)
            ?? throw new UserErrorException(Diagnostic.Error(shards.FileOf(relative), 0, 0, $"holds results for {relative} this Processor cannot read; run its map job again"));
        var documents = cached.Documents;
        if (input.Skipped.Count == 0) _changed[source.File.Id] = new CachedSource(documents, cached.Removed) { Encoded = result };
        return new SourceOutcome(source.File, documents, cached.Removed, [.. input.Skipped]);
    }

    /// <summary>Logs what the source pass found and, with the state, what changed; returns how many sources were deleted since the last run.</summary>
    private int ReportSources(Corpus corpus)
    {
        foreach (var skipped in corpus.Skipped)
            log.Report(Diagnostic.Warning(skipped.Path, skipped.Line, 0, $"skipped: {skipped.Reason}"));
        log.Info($"read {corpus.Sources.Length} source(s), skipped {corpus.Skipped.Length}, found {corpus.Documents.Length} document(s) and {corpus.Claims.Length} candidate claim(s)");
        if (state is null) return 0;
        var current = corpus.Sources.Select(s => s.Path).ToHashSet(StringComparer.Ordinal);
        var deleted = state.KnownSources().Count(p => !current.Contains(p));
        log.Info($"state: {corpus.Sources.Length - _changed.Count} source(s) unchanged (results reused), {_changed.Count} new or changed, {deleted} deleted since the last run");
        return deleted;
    }

    /// <summary>Phase 2: the whole-corpus stages, in order, each seeing what the one before it returned.</summary>
    private async Task<Corpus> CorpusStagesAsync(Corpus corpus, DateTimeOffset started, CancellationToken cancellation)
    {
        foreach (var stage in stages.Where(s => s.Scope == StageScope.Corpus))
        {
            var context = ContextFor(stage, cancellation, "", started);
            corpus = await GuardAsync(stage, config.FilePath, 0, _ => ((ICorpusStage)stage.Stage).Process(corpus, context), cancellation);
            log.Info($"{stage.Id}: {corpus.Claims.Length} claim(s) after this stage");
        }
        return corpus;
    }

    /// <summary>
    /// Phase 3: new marks go on the final claims (after merging), before any output sees them; <c>digest: { mode: new-only }</c>
    /// keeps only those.
    /// </summary>
    private (Corpus Corpus, HashSet<ulong> SeenTexts, int NewClaims) MarkNewClaims(Corpus corpus, DateTimeOffset started)
    {
        var seenTexts = new HashSet<ulong>();
        var newClaims = corpus.Claims.Length;
        if (state is not null)
        {
            (corpus, newClaims) = NewClaimMarker.Mark(corpus, state.SeenTexts(), started, seenTexts, since);
            log.Info($"state: {newClaims} new claim(s) since {(since is { } s ? s.ToString("yyyy-MM-dd HH:mm 'UTC'") : "the last digest")}");
        }
        if (config.DigestMode == DigestMode.NewOnly) corpus = OnlyNewClaims(corpus);
        return (corpus, seenTexts, newClaims);
    }

    /// <summary>
    /// Phase 4: the output stages write into a staging folder; the state commits the run with the publication pending;
    /// then the staging folder replaces the digest and the scheduled outputs (feed, latest, retention) follow.
    /// </summary>
    /// <param name="record">What the state keeps of the run, given the staging folder, the output folder and the run id.</param>
    private async Task<string> OutputAndCommitAsync(Corpus corpus, long? runId, DigestPublisher publisher, DateTimeOffset started,
        Func<string, string, long, RunRecord> record, CancellationToken cancellation)
    {
        var outputDirectory = config.ResolveOutput(started);
        var staging = publisher.CreateStaging(outputDirectory);
        try
        {
            foreach (var stage in stages.Where(s => s.Scope == StageScope.Output))
            {
                var context = ContextFor(stage, cancellation, staging, started);
                await GuardAsync(stage, config.FilePath, 0, _ => { ((IOutputStage)stage.Stage).Write(corpus, context); return 0; }, cancellation);
            }
            cancellation.ThrowIfCancellationRequested();
            publisher.Seal(staging, runId, started);
            PublicationStep.Reach(PublicationStep.Staged);
            // The state commits first, with the publication pending: a reader never sees a digest whose run the state
            // does not know, and a run killed before the switch below has it finished by the next start.
            if (state is not null && runId is { } id)
                lock (_stateGate) state.Commit(record(staging, outputDirectory, id));
            _committed = true;
            PublicationStep.Reach(PublicationStep.Committed);
        }
        catch
        {
            if (!_committed) DigestPublisher.Discard(staging);
            throw;
        }
        publisher.Publish(staging, outputDirectory);
        new ScheduledOutputs(config, log).AfterPublication(outputDirectory, state);
        if (state is not null && runId is { } published)
            lock (_stateGate) state.CompletePublication(published);
        return outputDirectory;
    }

    /// <summary>Everything the state keeps of a successful run, with its digest still to be put in place.</summary>
    private RunRecord Record(long id, Corpus corpus, string fingerprint, HashSet<ulong> seenTexts, int newClaims, StageMemory memory,
        DateTimeOffset started, string staging, string outputDirectory)
    {
        var title = config.Name ?? Path.GetFileNameWithoutExtension(config.FilePath);
        var headlines = FeedOverview(corpus, newClaims);
        return new RunRecord
        {
            RunId = id,
            Ended = DateTimeOffset.UtcNow,
            Sources = corpus.Sources,
            ChangedSources = _changed,
            Fingerprint = fingerprint,
            SeenTexts = seenTexts,
            Documents = corpus.Documents.Length,
            Claims = corpus.Claims.Length,
            NewClaims = newClaims,
            Digest = new DigestRecord(id, outputDirectory, DateTimeOffset.UtcNow, title, headlines),
            StageStates = memory.Save(started),
            Publication = new PendingPublication(id, staging, outputDirectory),
        };
    }

    /// <summary>
    /// The first pass for stages that learn from the whole corpus (<see cref="ISourceObserver"/>): every file is
    /// read and shown to them, then dropped, so memory stays bounded by the largest file.
    /// </summary>
    private async Task ObserveAsync(IReadOnlyList<string> files, List<PreparedStage> streaming, DateTimeOffset started, CancellationToken cancellation)
    {
        var observers = streaming.Where(s => s.Stage is ISourceObserver { IsObserving: true }).ToList();
        if (observers.Count == 0) return;
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation },
            async (path, token) =>
            {
                var (source, _) = SourceReader.Read(config.BaseDirectory, path, config.MaxFileBytes);
                if (source is null) return;
                foreach (var stage in observers)
                {
                    var context = ContextFor(stage, token, "", started);
                    try
                    {
                        await GuardAsync(stage, source.File.Path, 0, _ => { ((ISourceObserver)stage.Stage).Observe(source, context); return 0; }, token);
                    }
                    catch (DocumentSkippedException e)
                    {
                        // The file is reported again, and skipped, when it is processed; here it only misses the statistics.
                        log.Report(Diagnostic.Warning(source.File.Path, 0, 0, e.Skipped.Reason));
                    }
                }
            });
    }

    private async Task<SourceOutcome> ProcessSourceAsync(string path, List<PreparedStage> streaming, DateTimeOffset started, string fingerprint, CancellationToken token)
    {
        if (Open(path, out var skipped) is not { } source) return new SourceOutcome(null, [], [], [skipped!]);

        byte[]? blob = null;
        if (state is not null)
            lock (_stateGate) blob = state.FindCacheBlob(source.File.Id, source.File.Sha256, fingerprint);
        // Decoded outside the lock, on every core; a blob this version cannot read means processing the file again.
        if (blob is not null && CachedSourceCodec.Decode(blob, source, _pool) is { } cached)
        {
            log.Detail($"{source.File.Path}: unchanged, {cached.Documents.Length} document(s) from the state");
            return new SourceOutcome(source.File, cached.Documents, cached.Removed, []);
        }

        var documents = ImmutableArray<Document>.Empty;
        var removed = ImmutableArray<RemovedSpan>.Empty;
        var skips = ImmutableArray.CreateBuilder<SkippedInput>();
        foreach (var stage in streaming)
        {
            var context = ContextFor(stage, token, "", started);
            try
            {
                if (stage.Stage is ISourceStage splitter)
                {
                    var result = await GuardAsync(stage, source.File.Path, 0, _ => splitter.Process(source, context), token);
                    documents = Validate(stage, source, result.Documents, skips);
                    removed = removed.AddRange(result.Removed);
                }
                else if (stage.Stage is IDocumentStage documentStage)
                    documents = await ProcessDocumentsAsync(stage, documentStage, documents, source, context, skips, token);
            }
            catch (DocumentSkippedException e)
            {
                skips.Add(e.Skipped);
                return new SourceOutcome(source.File, [], removed, skips.ToImmutable());
            }
        }
        documents = _pool.Share(documents);
        log.Detail($"{source.File.Path}: {documents.Length} document(s), {documents.Sum(d => d.Sentences.Length)} sentence(s), {removed.Length} span(s) removed as boilerplate" +
                   (skips.Count > 0 ? $", {skips.Count} skip(s)" : ""));
        // A file that some plugin skipped is processed again next time rather than cached half-done.
        if (skips.Count == 0) _changed[source.File.Id] = new CachedSource(documents, removed);
        return new SourceOutcome(source.File, documents, removed, skips.ToImmutable());
    }

    /// <summary>The fewest documents in one file for which a document stage runs on every core within the file.</summary>
    private const int DocumentsForParallelWork = 64;

    /// <summary>
    /// Runs a document stage over one file's documents. Files are processed on every core already; a file of many
    /// documents (one large file of glued stories is a whole corpus) is also spread over the cores document by document,
    /// or the run would wait on one core. Results, skips and validation keep document order, whatever finishes first.
    /// </summary>
    private async Task<ImmutableArray<Document>> ProcessDocumentsAsync(PreparedStage stage, IDocumentStage documentStage, ImmutableArray<Document> documents,
        SourceText source, IStageContext context, ImmutableArray<SkippedInput>.Builder skips, CancellationToken token)
    {
        var changed = new Document?[documents.Length];
        var skipped = new SkippedInput?[documents.Length];
        async ValueTask ProcessOne(int i, CancellationToken cancellation)
        {
            var document = documents[i];
            try
            {
                changed[i] = await GuardAsync(stage, source.File.Path, document.Span.Line, _ => documentStage.Process(document, source, context), cancellation);
            }
            catch (DocumentSkippedException e) { skipped[i] = e.Skipped; }
        }
        if (documents.Length >= DocumentsForParallelWork && Environment.ProcessorCount > 1)
            await Parallel.ForAsync(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = token }, ProcessOne);
        else
            for (var i = 0; i < documents.Length; i++) await ProcessOne(i, token);
        var next = ImmutableArray.CreateBuilder<Document>(documents.Length);
        for (var i = 0; i < documents.Length; i++)
        {
            if (skipped[i] is { } skip) skips.Add(skip);
            else if (changed[i] is { } document) next.AddRange(Validate(stage, source, [document], skips));
        }
        return next.ToImmutable();
    }

    /// <summary>Keeps the documents whose spans are sound; a bad one fails or is skipped like any plugin error.</summary>
    private ImmutableArray<Document> Validate(PreparedStage stage, SourceText source, ImmutableArray<Document> documents, ImmutableArray<SkippedInput>.Builder skips)
    {
        var kept = ImmutableArray.CreateBuilder<Document>(documents.Length);
        foreach (var document in documents)
        {
            if (ProvenanceRules.Check(document, source) is { } problem)
                FailOrSkip(stage, source.File.Path, document.Span.Line, $"emitted an invalid span: {problem}", null, skips);
            else kept.Add(document);
        }
        if (ProvenanceRules.CheckAcrossDocuments(kept) is { } clash)
        {
            FailOrSkip(stage, source.File.Path, 0, $"emitted an invalid span: {clash}", null, skips);
            return [];
        }
        return kept.ToImmutable();
    }

    /// <summary>
    /// Runs one call of a plugin: a failure becomes one located report; a call about one file (any call of a streaming
    /// stage) is skipped or stops the run per <c>on_error</c>, a whole-corpus call always stops it (there is nothing
    /// smaller to leave out). A configured timeout abandons a hung call.
    /// </summary>
    private async Task<T> GuardAsync<T>(PreparedStage stage, string path, int line, Func<CancellationToken, T> work, CancellationToken token)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(token);
        var wholeCorpus = stage.Scope.IsWholeCorpus();
        var timeout = stage.Config.Timeout ?? StageConfig.DefaultTimeout(wholeCorpus);
        if (timeout != Timeout.InfiniteTimeSpan) limit.CancelAfter(timeout);
        try
        {
            return await Task.Run(() =>
            {
                var started = Stopwatch.GetTimestamp();
                try { return work(limit.Token); }
                finally { _stageTicks.AddOrUpdate(stage.Id, Stopwatch.GetTimestamp() - started, (_, t) => t + Stopwatch.GetTimestamp() - started); }
            }, limit.Token).WaitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested && limit.IsCancellationRequested)
        {
            throw new StageFailedException(Diagnostic.Error(path, line, 0,
                $"plugin '{stage.Id}' did not finish within its timeout of {timeout}{(stage.Config.Timeout is null ? " (the default; set 'timeout:' on the stage to change it)" : "")}; the run was stopped and nothing was written"));
        }
        catch (OperationCanceledException) { throw; }
        catch (Exception e) when (e is not (StageFailedException or DocumentSkippedException or UserErrorException))
        {
            var message = $"plugin '{stage.Id}' failed: {e.GetType().Name}: {e.Message.Split('\n')[0].Trim()}";
            if (stage.Config.OnError == OnError.Fail || wholeCorpus)
                throw new StageFailedException(Diagnostic.Error(path, line, 0, message), e);
            throw new DocumentSkippedException(new SkippedInput(path, message, line));
        }
    }

    /// <summary>
    /// The feed entry of this digest: its overview — how many stories, how many new, from how many sources — then the
    /// stories with news first (new ones, then those with new reports), each with its lead claim, as the briefing opens.
    /// Without stories, the best corroborated new claims.
    /// </summary>
    private static List<string> FeedOverview(Corpus corpus, int newClaims)
    {
        if (corpus.Stories.IsDefaultOrEmpty)
            return [.. corpus.Claims.OrderByDescending(c => c.IsNew).ThenByDescending(c => c.SourceCount).ThenBy(c => c.Id, StringComparer.Ordinal).Take(5).Select(c => c.Text)];
        var claims = corpus.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var lines = new List<string>
        {
            $"{corpus.Stories.Length} stories ({corpus.Stories.Count(s => s.IsNew)} new, {corpus.Stories.Count(s => !s.IsNew && s.NewDocuments > 0)} with new reports) " +
            $"from {corpus.Sources.Length} sources; {newClaims} new claims",
        };
        foreach (var story in corpus.Stories.OrderByDescending(s => s.IsNew || s.NewDocuments > 0).ThenByDescending(s => s.SourceIds.Length).ThenBy(s => s.Id, StringComparer.Ordinal).Take(5))
        {
            var lead = story.ClaimIds.Select(id => claims.GetValueOrDefault(id)).FirstOrDefault(c => c is not null);
            var news = story.IsNew ? "new" : story.NewDocuments > 0 ? $"{story.NewDocuments} new report{(story.NewDocuments == 1 ? "" : "s")}" : "no news";
            lines.Add($"{story.Title} ({news}, {story.SourceIds.Length} source{(story.SourceIds.Length == 1 ? "" : "s")}){(lead is null ? "" : ": " + lead.Text)}");
        }
        return lines;
    }

    /// <summary>
    /// <c>digest: { mode: new-only }</c>: the claims no earlier run saw, and what refers to them — stories keep their new
    /// claims (a story without any is left out), links keep their new claims (a link left with one is no link).
    /// </summary>
    private static Corpus OnlyNewClaims(Corpus corpus)
    {
        var claims = corpus.Claims.Where(c => c.IsNew).ToImmutableArray();
        var kept = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return corpus with
        {
            Claims = claims,
            Stories = [.. corpus.Stories.Select(s => s with { ClaimIds = [.. s.ClaimIds.Where(kept.Contains)] }).Where(s => s.ClaimIds.Length > 0)],
            Links = [.. corpus.Links.Select(l => l with { Claims = [.. l.Claims.Where(m => kept.Contains(m.ClaimId))] }).Where(l => l.Claims.Length >= 2)],
        };
    }

    /// <summary>A plugin's broken output: stops the run with <c>on_error: fail</c>, else leaves the file (or document) out as a skip.</summary>
    private static void FailOrSkip(PreparedStage stage, string path, int line, string message, Exception? inner, ImmutableArray<SkippedInput>.Builder skips)
    {
        var full = $"plugin '{stage.Id}' {message}";
        if (stage.Config.OnError == OnError.Fail)
            throw new StageFailedException(Diagnostic.Error(path, line, 0, full), inner);
        skips.Add(new SkippedInput(path, full, line));
    }

    private Corpus Assemble(SourceOutcome[] outcomes)
    {
        var documents = outcomes.SelectMany(o => o.Documents).ToImmutableArray();
        // Later stages look documents up by id; a splitter that reuses an id is a plugin bug, reported as such.
        if (documents.GroupBy(d => d.Id).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            var splitter = stages.First(s => s.Scope == StageScope.Source).Id;
            throw new StageFailedException(Diagnostic.Error(config.FilePath, 0, 0,
                $"plugin '{splitter}' gave the id '{clash.Key}' to {clash.Count()} documents; document ids must be unique in a run (prefix them with the source id)"));
        }
        var claims = documents.SelectMany(d => d.Sentences.Where(s => s.IsClaim).Select(s => Claim.FromSentence(d, s))).ToImmutableArray();
        return new Corpus
        {
            Sources = [.. outcomes.Where(o => o.Source is not null).Select(o => o.Source!)],
            Documents = documents,
            Claims = claims,
            Removed = [.. outcomes.SelectMany(o => o.Removed)],
            Skipped = [.. _unreadable, .. outcomes.SelectMany(o => o.Skipped)],
        };
    }

    private StageContext ContextFor(PreparedStage stage, CancellationToken token, string outputDirectory, DateTimeOffset started) =>
        new(config, stage.Id, log, _sources, token, outputDirectory, started);

    private sealed record SourceOutcome(SourceFile? Source, ImmutableArray<Document> Documents, ImmutableArray<RemovedSpan> Removed, ImmutableArray<SkippedInput> Skipped);

    private sealed class DocumentSkippedException(SkippedInput skipped) : Exception(skipped.Reason)
    {
        public SkippedInput Skipped { get; } = skipped;
    }
}
