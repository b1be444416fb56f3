using Microsoft.Data.Sqlite;

namespace Processor.Core.State;

/// <summary>What a file named as the state is, decided before Processor writes to it or removes it.</summary>
public enum StateFileKind
{
    /// <summary>No file yet: a new state is made.</summary>
    Missing,
    /// <summary>Zero bytes (a truncated state, or a file made by hand).</summary>
    Empty,
    /// <summary>An SQLite database with Processor's application marker.</summary>
    ProcessorState,
    /// <summary>An SQLite file whose contents cannot be read, so whose it is cannot be told.</summary>
    DamagedDatabase,
    /// <summary>Anything else: another program's database, a document. Processor never removes it.</summary>
    Foreign,
}

/// <summary>Tells the kinds of <see cref="StateFileKind"/> apart.</summary>
public static class StateFileInspector
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    public static StateFileKind Inspect(string path)
    {
        if (!File.Exists(path)) return StateFileKind.Missing;
        var header = new byte[SqliteHeader.Length];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            if (stream.Length == 0) return StateFileKind.Empty;
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader)) return StateFileKind.Foreign;
        try
        {
            using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "SELECT value FROM meta WHERE key = 'application'";
            return command.ExecuteScalar() as string == StateSchema.ApplicationId ? StateFileKind.ProcessorState : StateFileKind.Foreign;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 11 or 26)   // SQLITE_CORRUPT, SQLITE_NOTADB
        {
            return StateFileKind.DamagedDatabase;
        }
        catch (SqliteException)
        {
            return StateFileKind.Foreign;   // readable, but without Processor's table
        }
    }
}
