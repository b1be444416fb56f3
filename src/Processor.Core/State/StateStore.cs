using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Processor.Core.State;

/// <summary>
/// The embedded state (SQLite): runs, sources, texts seen, per-file results and digests written. Holds an
/// exclusive lock file for its lifetime, so two runs never share a state. Everything a run learns is
/// committed by <see cref="Commit"/> in one transaction, after the digest is in place: a run killed at
/// any point leaves the previous state as it was.
/// </summary>
public sealed class StateStore : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly FileStream _lock;
    private readonly SqliteConnection _db;

    private StateStore(string path, FileStream lockFile, SqliteConnection db)
    {
        Path = path;
        _lock = lockFile;
        _db = db;
    }

    public string Path { get; }

    /// <summary>Opens (creating or migrating) the state at <paramref name="path"/>; <paramref name="reset"/> starts afresh.</summary>
    /// <exception cref="StateLockedException">Another run holds the lock.</exception>
    /// <exception cref="StateException">The file is corrupt, foreign or newer.</exception>
    public static StateStore Open(string path, bool reset = false)
    {
        path = System.IO.Path.GetFullPath(path);
        var lockPath = path + ".lock";
        FileStream lockFile;
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            // FileShare.None is an OS lock (flock on Linux): released when the process dies, however it dies.
            lockFile = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsLockHeld(e))
        {
            throw new StateLockedException(lockPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StateException($"the lock file {lockPath} cannot be created ({e.Message.TrimEnd('.')}); " +
                "make the state's folder writable, or point 'state:' at a writable place", e, suggestReset: false);
        }
        try
        {
            var kind = StateFileInspector.Inspect(path);
            if (reset) Reset(path, kind);
            else if (kind == StateFileKind.Empty)
                throw new StateException($"the state file {path} is empty (0 bytes; truncated, or made by hand)");
            else if (kind == StateFileKind.Foreign)
                throw new StateException($"{path} is not a Processor state (another program's file?); Processor never writes to or removes it, " +
                    "not even with --reset-state: point 'state:' at another file, or move this one away", suggestReset: false);
            var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            db.Open();
            using (var check = db.CreateCommand())
            {
                check.CommandText = "PRAGMA quick_check";
                var result = check.ExecuteScalar() as string;
                if (result != "ok") throw new StateException($"the state database is damaged ({result})");
            }
            var store = new StateStore(path, lockFile, db);
            // Every value is read once before anything is written: a damaged state is refused as it was found.
            if (StateSchema.CurrentVersion(db) > 0) store.Validate();
            StateSchema.Migrate(db);
            Execute(db, "UPDATE runs SET outcome = 'interrupted' WHERE outcome = 'running'");
            return store;
        }
        catch (Exception e)
        {
            lockFile.Dispose();
            throw Classify(e, path);
        }
    }

    /// <summary>
    /// Gives the state at <paramref name="legacy"/> (the folder's shared default of older versions) to the pipeline whose
    /// own default is <paramref name="target"/>, when that does not exist yet: the database and its journal files are
    /// moved under the legacy lock, so a run still using the old path is never cut short. Returns whether it moved.
    /// </summary>
    /// <exception cref="StateLockedException">A run of an older version holds the legacy state.</exception>
    public static bool MoveLegacy(string legacy, string target)
    {
        if (!File.Exists(legacy) || File.Exists(target)) return false;
        var lockPath = legacy + ".lock";
        FileStream held;
        try { held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
        catch (IOException e) when (IsLockHeld(e)) { throw new StateLockedException(lockPath); }
        using (held)
        {
            if (!File.Exists(legacy) || File.Exists(target)) return false;
            foreach (var suffix in new[] { "-wal", "-shm", "-journal" })
                if (File.Exists(legacy + suffix)) File.Move(legacy + suffix, target + suffix);
            File.Move(legacy, target);
        }
        File.Delete(lockPath);
        return true;
    }

    /// <summary>flock's "would block" (another process holds the lock), or Windows' sharing and lock violations.</summary>
    private static bool IsLockHeld(IOException e) => (e.HResult & 0xFFFF) is 11 or 32 or 33;

    /// <summary>
    /// Reads every date and count the state keeps, so that a damaged value (a garbled date, a wrong type) is found
    /// before the run writes anything.
    /// </summary>
    private void Validate()
    {
        string? Check(string sql, int dates, int numbers)
        {
            using var command = _db.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < dates; i++)
                    if (!reader.IsDBNull(i) && !DateTimeOffset.TryParse(reader.GetValue(i) as string, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
                        return $"{reader.GetName(i)} '{reader.GetValue(i)}' is not a date";
                for (var i = dates; i < dates + numbers; i++)
                    if (!reader.IsDBNull(i) && reader.GetValue(i) is not long)
                        return $"{reader.GetName(i)} '{reader.GetValue(i)}' is not a number";
            }
            return null;
        }
        var tables = new HashSet<string>(StringComparer.Ordinal);
        using (var list = _db.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var problem = Check("SELECT started, ended, id FROM runs", 2, 1)
            ?? (tables.Contains("seen_times") ? Check("SELECT at, run FROM seen_times", 1, 1) : null)
            ?? (tables.Contains("digests") ? Check("SELECT written_at, run_id FROM digests", 1, 1) : null)
            ?? (tables.Contains("sources") ? Check("SELECT first_seen_run, last_seen_run, bytes FROM sources", 0, 3) : null);
        if (problem is not null) throw new StateException($"the state database is damaged: {problem}");
    }

    /// <summary>What a failure to read or write the state means for the user: damage (--reset-state helps) or the environment (it does not).</summary>
    private static StateException Classify(Exception e, string path) => e switch
    {
        StateException state => state,
        SqliteException { SqliteErrorCode: 8 or 3 } => new StateException(
            $"the state {path} cannot be written (a read-only file, folder or disk); make it writable, or point 'state:' at a writable place", e, suggestReset: false),
        SqliteException { SqliteErrorCode: 13 } => new StateException(
            $"the disk holding the state {path} is full; free some space and run again (the previous digest and state are as they were)", e, suggestReset: false),
        SqliteException { SqliteErrorCode: 14 or 10 } => new StateException(
            $"the state {path} cannot be opened or read ({((SqliteException)e).Message}); check the file and its folder", e, suggestReset: false),
        SqliteException { SqliteErrorCode: 11 or 26 } => new StateException($"the state database is damaged ({((SqliteException)e).Message})", e),
        IOException or UnauthorizedAccessException => new StateException(
            $"the state {path} cannot be read or written ({e.Message.TrimEnd('.')}); check the file and its folder", e, suggestReset: false),
        _ => new StateException($"cannot read the state: {e.Message}", e),
    };

    /// <summary>Runs a state operation, turning a database failure into a <see cref="StateException"/> the user can act on.</summary>
    private T Guarded<T>(Func<T> operation)
    {
        try { return operation(); }
        catch (Exception e) when (e is SqliteException or FormatException or InvalidCastException or IOException)
        {
            throw Classify(e is FormatException or InvalidCastException ? new StateException($"the state database is damaged ({e.Message})", e) : e, Path);
        }
    }

    /// <summary>
    /// <c>--reset-state</c>: removes a Processor state (or an empty file), moves a damaged database aside (whose it
    /// was cannot be told, so it is kept as <c>NAME.damaged-TIME</c>), and refuses any other file.
    /// </summary>
    private static void Reset(string path, StateFileKind kind)
    {
        switch (kind)
        {
            case StateFileKind.Foreign:
                throw new StateException($"--reset-state removes only Processor's own state, and {path} is not one (another program's file?); " +
                    "point 'state:' at another file, or move this one away", suggestReset: false);
            case StateFileKind.DamagedDatabase:
                File.Move(path, $"{path}.damaged-{DateTimeOffset.UtcNow:yyyyMMddTHHmmssZ}");
                break;
            case StateFileKind.ProcessorState or StateFileKind.Empty:
                File.Delete(path);
                break;
        }
        foreach (var sidecar in new[] { "-journal", "-wal", "-shm" })
            File.Delete(path + sidecar);
    }

    /// <summary>Records that a run started (outcome 'running' until it ends) and returns its id.</summary>
    public long StartRun(DateTimeOffset started) => Guarded(() =>
    {
        using var command = _db.CreateCommand();
        command.CommandText = "INSERT INTO runs (started, outcome) VALUES ($started, 'running'); SELECT last_insert_rowid();";
        command.Parameters.AddWithValue("$started", Format(started));
        return (long)command.ExecuteScalar()!;
    });

    /// <summary>Marks a run that did not succeed (failed, cancelled).</summary>
    public void EndRun(long runId, string outcome)
    {
        try { EndRunCore(runId, outcome); }
        catch (SqliteException) { /* best effort: the run failed already, and a state that cannot take this is reported by the next run */ }
    }

    private void EndRunCore(long runId, string outcome)
    {
        using var command = _db.CreateCommand();
        command.CommandText = "UPDATE runs SET outcome = $outcome, ended = $ended WHERE id = $id";
        command.Parameters.AddWithValue("$outcome", outcome);
        command.Parameters.AddWithValue("$ended", Format(DateTimeOffset.UtcNow));
        command.Parameters.AddWithValue("$id", runId);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The stored result, undecoded: callers holding a lock around the connection decode it after releasing
    /// the lock (<see cref="CachedSourceCodec.Decode(byte[], Processor.Abstractions.SourceText)"/>), on every core.
    /// </summary>
    public byte[]? FindCacheBlob(string sourceId, string sha256, string fingerprint) => Guarded(() => FindCacheBlobCore(sourceId, sha256, fingerprint));

    private byte[]? FindCacheBlobCore(string sourceId, string sha256, string fingerprint)
    {
        using var command = _db.CreateCommand();
        command.CommandText = "SELECT result FROM source_cache WHERE source_id = $id AND sha256 = $sha AND fingerprint = $fp";
        command.Parameters.AddWithValue("$id", sourceId);
        command.Parameters.AddWithValue("$sha", sha256);
        command.Parameters.AddWithValue("$fp", fingerprint);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (byte[])reader.GetValue(0) : null;
    }

    /// <summary>What a stateful stage saved at the end of the last successful run, or null.</summary>
    public byte[]? LoadStageState(string stageKey) => Guarded(() => LoadStageStateCore(stageKey));

    private byte[]? LoadStageStateCore(string stageKey)
    {
        using var command = _db.CreateCommand();
        command.CommandText = "SELECT data FROM stage_state WHERE stage = $stage";
        command.Parameters.AddWithValue("$stage", stageKey);
        return command.ExecuteScalar() as byte[];
    }

    /// <summary>When run <paramref name="runId"/> started, or null when there is no such run.</summary>
    public DateTimeOffset? RunStarted(long runId) => Guarded(() => RunStartedCore(runId));

    private DateTimeOffset? RunStartedCore(long runId)
    {
        using var command = _db.CreateCommand();
        command.CommandText = "SELECT started FROM runs WHERE id = $id";
        command.Parameters.AddWithValue("$id", runId);
        return command.ExecuteScalar() is string started ? Parse(started) : null;
    }

    /// <summary>Every text seen by an earlier run, with when it was first seen.</summary>
    public Dictionary<ulong, DateTimeOffset> SeenTexts() => Guarded(SeenTextsCore);

    private Dictionary<ulong, DateTimeOffset> SeenTextsCore()
    {
        var times = new Dictionary<long, DateTimeOffset>();
        using (var runs = _db.CreateCommand())
        {
            runs.CommandText = "SELECT run, at FROM seen_times";
            using var reader = runs.ExecuteReader();
            while (reader.Read()) times[reader.GetInt64(0)] = Parse(reader.GetString(1));
        }
        var seen = new Dictionary<ulong, DateTimeOffset>();
        using var command = _db.CreateCommand();
        command.CommandText = "SELECT hash, first_seen_run FROM seen_texts";
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                if (!times.TryGetValue(reader.GetInt64(1), out var at))
                    throw new StateException($"the state database is damaged: seen_texts names run {reader.GetInt64(1)}, which seen_times does not have");
                seen[unchecked((ulong)reader.GetInt64(0))] = at;
            }
        return seen;
    }

    /// <summary>Paths of the sources the last runs knew and that are not deleted.</summary>
    public HashSet<string> KnownSources() => Guarded(() => KnownSourcesCore());

    private HashSet<string> KnownSourcesCore()
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        using var command = _db.CreateCommand();
        command.CommandText = "SELECT path FROM sources WHERE deleted_run IS NULL";
        using var reader = command.ExecuteReader();
        while (reader.Read()) paths.Add(reader.GetString(0));
        return paths;
    }

    public IReadOnlyList<DigestRecord> Digests() => Guarded(DigestsCore);

    private List<DigestRecord> DigestsCore()
    {
        var digests = new List<DigestRecord>();
        using var command = _db.CreateCommand();
        command.CommandText = "SELECT run_id, folder, written_at, title, headlines FROM digests ORDER BY run_id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            digests.Add(new DigestRecord(reader.GetInt64(0), reader.GetString(1), Parse(reader.GetString(2)), reader.GetString(3),
                JsonSerializer.Deserialize<List<string>>(reader.GetString(4), Json) ?? []));
        return digests;
    }

    /// <summary>Digests committed but not yet in place (a run was killed while publishing), oldest first.</summary>
    public IReadOnlyList<PendingPublication> PendingPublications() => Guarded(() => PendingPublicationsCore());

    private IReadOnlyList<PendingPublication> PendingPublicationsCore()
    {
        var pending = new List<PendingPublication>();
        using var command = _db.CreateCommand();
        command.CommandText = "SELECT run_id, staging, target FROM publications ORDER BY run_id";
        using var reader = command.ExecuteReader();
        while (reader.Read()) pending.Add(new PendingPublication(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return pending;
    }

    /// <summary>Records that the digest of <paramref name="runId"/> is in place.</summary>
    public void CompletePublication(long runId) => Guarded(() => { Execute(_db, "DELETE FROM publications WHERE run_id = $id", null, ("$id", runId)); return 0; });

    /// <summary>Forgets digests whose folders retention removed.</summary>
    public void ForgetDigests(IEnumerable<long> runIds) => Guarded(() => { ForgetDigestsCore(runIds); return 0; });

    private void ForgetDigestsCore(IEnumerable<long> runIds)
    {
        using var transaction = _db.BeginTransaction();
        foreach (var id in runIds) Execute(_db, "DELETE FROM digests WHERE run_id = $id", transaction, ("$id", id));
        transaction.Commit();
    }

    /// <summary>Commits everything the run learned, in one transaction.</summary>
    public void Commit(RunRecord run) => Guarded(() => { CommitCore(run); return 0; });

    private void CommitCore(RunRecord run)
    {
        var known = KnownSources();
        using var transaction = _db.BeginTransaction();
        var ended = Format(run.Ended);
        Execute(_db, """
            UPDATE runs SET ended = $ended, outcome = 'succeeded', sources = $sources, changed_sources = $changed,
                            documents = $documents, claims = $claims, new_claims = $new WHERE id = $id
            """, transaction,
            ("$ended", ended), ("$sources", run.Sources.Count), ("$changed", run.ChangedSources.Count), ("$documents", run.Documents),
            ("$claims", run.Claims), ("$new", run.NewClaims), ("$id", run.RunId));

        var current = run.Sources.Select(s => s.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var source in run.Sources)
            Execute(_db, """
                INSERT INTO sources (path, sha256, bytes, first_seen_run, last_seen_run) VALUES ($path, $sha, $bytes, $run, $run)
                ON CONFLICT(path) DO UPDATE SET sha256 = $sha, bytes = $bytes, last_seen_run = $run, deleted_run = NULL
                """, transaction, ("$path", source.Path), ("$sha", source.Sha256), ("$bytes", source.Bytes), ("$run", run.RunId));
        foreach (var gone in known.Where(p => !current.Contains(p)))
            Execute(_db, "UPDATE sources SET deleted_run = $run WHERE path = $path", transaction, ("$run", run.RunId), ("$path", gone));

        var shaOf = run.Sources.ToDictionary(s => s.Id, s => s.Sha256);
        // Encoding the results runs on every core, streaming into the one writer.
        var encoded = run.ChangedSources.AsParallel().WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(c => (c.Key, Result: c.Value.Encoded ?? CachedSourceCodec.Encode(c.Value)));
        foreach (var (sourceId, result) in encoded)
        {
            Execute(_db, """
                INSERT OR REPLACE INTO source_cache (source_id, sha256, fingerprint, result) VALUES ($id, $sha, $fp, $result)
                """, transaction, ("$id", sourceId), ("$sha", shaOf[sourceId]), ("$fp", run.Fingerprint), ("$result", result));
        }
        var ids = run.Sources.Select(s => s.Id).ToHashSet();
        using (var stale = _db.CreateCommand())
        {
            stale.Transaction = transaction;
            stale.CommandText = "SELECT source_id FROM source_cache";
            var obsolete = new List<string>();
            using (var reader = stale.ExecuteReader())
                while (reader.Read()) if (!ids.Contains(reader.GetString(0))) obsolete.Add(reader.GetString(0));
            foreach (var id in obsolete) Execute(_db, "DELETE FROM source_cache WHERE source_id = $id", transaction, ("$id", id));
        }

        using (var upsert = _db.CreateCommand())
        {
            upsert.Transaction = transaction;
            // Only texts first seen by this run are written: a daily run over a large, mostly unchanged corpus
            // would otherwise rewrite hundreds of thousands of rows.
            if (run.SeenTexts.Count > 0)
                Execute(_db, "INSERT OR REPLACE INTO seen_times (run, at) VALUES ($run, $at)", transaction, ("$run", run.RunId), ("$at", ended));
            upsert.CommandText = "INSERT OR IGNORE INTO seen_texts (hash, first_seen_run) VALUES ($hash, $run)";
            var hash = upsert.Parameters.Add("$hash", SqliteType.Integer);
            upsert.Parameters.AddWithValue("$run", run.RunId);
            foreach (var h in run.SeenTexts)
            {
                hash.Value = unchecked((long)h);
                upsert.ExecuteNonQuery();
            }
        }

        foreach (var (stage, data) in run.StageStates)
        {
            if (data is null) Execute(_db, "DELETE FROM stage_state WHERE stage = $stage", transaction, ("$stage", stage));
            else Execute(_db, "INSERT OR REPLACE INTO stage_state (stage, data, saved_run) VALUES ($stage, $data, $run)", transaction,
                ("$stage", stage), ("$data", data), ("$run", run.RunId));
        }

        if (run.Publication is { } publication)
            Execute(_db, "INSERT OR REPLACE INTO publications (run_id, staging, target) VALUES ($id, $staging, $target)", transaction,
                ("$id", publication.RunId), ("$staging", publication.Staging), ("$target", publication.Target));
        if (run.Digest is { } digest)
            Execute(_db, "INSERT OR REPLACE INTO digests (run_id, folder, written_at, title, headlines) VALUES ($id, $folder, $at, $title, $headlines)",
                transaction, ("$id", run.RunId), ("$folder", digest.Folder), ("$at", Format(digest.WrittenAt)), ("$title", digest.Title),
                ("$headlines", JsonSerializer.Serialize(digest.Headlines, Json)));
        transaction.Commit();
    }

    public void Dispose()
    {
        _db.Dispose();
        _lock.Dispose();
    }

    private static void Execute(SqliteConnection db, string sql, SqliteTransaction? transaction = null, params (string Name, object Value)[] parameters)
    {
        using var command = db.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    private static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
