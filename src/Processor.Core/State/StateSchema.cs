using Microsoft.Data.Sqlite;

namespace Processor.Core.State;

/// <summary>
/// The state database's schema as forward-only migrations. <c>meta.schema_version</c> says which have run;
/// a database from an older Processor is migrated in one transaction, a newer one is refused.
/// </summary>
public static class StateSchema
{
    /// <summary>Marks a database as Processor's (a foreign SQLite file lacks it).</summary>
    public const string ApplicationId = "processor.state";

    public static readonly string[] Migrations =
    [
        // 1: runs, sources and the texts seen (for "new since the last digest").
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE runs (id INTEGER PRIMARY KEY, started TEXT NOT NULL, ended TEXT, outcome TEXT NOT NULL,
                           sources INTEGER, changed_sources INTEGER, documents INTEGER, claims INTEGER, new_claims INTEGER);
        CREATE TABLE sources (path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, bytes INTEGER NOT NULL,
                              first_seen_run INTEGER NOT NULL, last_seen_run INTEGER NOT NULL, deleted_run INTEGER);
        CREATE TABLE seen_texts (hash INTEGER PRIMARY KEY, first_seen_run INTEGER NOT NULL, first_seen_at TEXT NOT NULL,
                                 last_seen_run INTEGER NOT NULL);
        """,
        // 2: per-source results, so unchanged files are not split and tagged again; the digests written.
        """
        CREATE TABLE source_cache (source_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, fingerprint TEXT NOT NULL,
                                   documents TEXT NOT NULL, removed TEXT NOT NULL);
        CREATE TABLE digests (run_id INTEGER PRIMARY KEY, folder TEXT NOT NULL, written_at TEXT NOT NULL,
                              title TEXT NOT NULL, headlines TEXT NOT NULL);
        """,
        // 3: per-source results in the compact binary form of CachedSourceCodec; the JSON results are dropped
        //    (they are only a cache: those files are processed once more).
        """
        DROP TABLE source_cache;
        CREATE TABLE source_cache (source_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, fingerprint TEXT NOT NULL, result BLOB NOT NULL);
        """,
        // 4: what stateful stages keep from one run to the next (IStatefulStage), by stage key.
        """
        CREATE TABLE stage_state (stage TEXT PRIMARY KEY, data BLOB NOT NULL, saved_run INTEGER NOT NULL);
        """,
        // 5: a digest whose run is committed but which is not yet in place (the publication is finished by the next
        //    start when a run is killed in between; docs/publication.md).
        """
        CREATE TABLE publications (run_id INTEGER PRIMARY KEY, staging TEXT NOT NULL, target TEXT NOT NULL);
        """,
        // 6: a seen text is its hash and the run that first saw it; when that run saw its texts is kept once per run
        //    (seen_times), not as a timestamp string on each of hundreds of thousands of rows (last_seen_run was never
        //    updated). 100 MB of newswire: the table 8.7 MB -> about 4 MB.
        """
        CREATE TABLE seen_times (run INTEGER PRIMARY KEY, at TEXT NOT NULL);
        INSERT INTO seen_times (run, at) SELECT first_seen_run, min(first_seen_at) FROM seen_texts GROUP BY first_seen_run;
        CREATE TABLE seen_texts_by_run (hash INTEGER PRIMARY KEY, first_seen_run INTEGER NOT NULL);
        INSERT INTO seen_texts_by_run (hash, first_seen_run) SELECT hash, first_seen_run FROM seen_texts;
        DROP TABLE seen_texts;
        ALTER TABLE seen_texts_by_run RENAME TO seen_texts;
        """,
    ];

    public static int LatestVersion => Migrations.Length;

    /// <summary>Brings the database to <paramref name="target"/> (default: latest); returns the version it had.</summary>
    public static int Migrate(SqliteConnection connection, int? target = null)
    {
        var version = CurrentVersion(connection);
        var goal = target ?? LatestVersion;
        if (version > LatestVersion)
            throw new StateException($"the state was written by a newer Processor (schema {version}; this one knows up to {LatestVersion})");
        using var transaction = connection.BeginTransaction();
        for (var v = version; v < goal; v++)
        {
            Execute(connection, transaction, Migrations[v]);
            Execute(connection, transaction, $"INSERT OR REPLACE INTO meta (key, value) VALUES ('application', '{ApplicationId}'), ('schema_version', '{v + 1}')");
        }
        transaction.Commit();
        return version;
    }

    /// <summary>The schema version the database is at (0 for an empty database).</summary>
    public static int CurrentVersion(SqliteConnection connection)
    {
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var names = new List<string>();
        using (var reader = tables.ExecuteReader())
            while (reader.Read()) names.Add(reader.GetString(0));
        if (names.Count == 0) return 0;
        if (!names.Contains("meta")) throw new StateException("the file is an SQLite database, but not a Processor state");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, value FROM meta WHERE key IN ('application', 'schema_version')";
        var meta = new Dictionary<string, string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) meta[reader.GetString(0)] = reader.GetString(1);
        if (meta.GetValueOrDefault("application") != ApplicationId) throw new StateException("the file is an SQLite database, but not a Processor state");
        return int.Parse(meta.GetValueOrDefault("schema_version", "0"));
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
