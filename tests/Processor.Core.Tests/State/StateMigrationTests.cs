using Microsoft.Data.Sqlite;
using Processor.Core.State;
using Processor.Core.Tests.Support;

namespace Processor.Core.Tests.State;

public sealed class StateMigrationTests
{
    [Fact]
    public void AVersionOneDatabaseIsMigratedKeepingWhatItRemembered()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "state.db");
        using (var db = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            db.Open();
            StateSchema.Migrate(db, target: 1);
            using var insert = db.CreateCommand();
            insert.CommandText = "INSERT INTO seen_texts (hash, first_seen_run, first_seen_at, last_seen_run) VALUES (42, 1, '2024-01-02T00:00:00.0000000+00:00', 1)";
            insert.ExecuteNonQuery();
        }

        using (var store = StateStore.Open(path))
        {
            Assert.Equal(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), store.SeenTexts()[42]);
            Assert.Empty(store.Digests());   // the table version 2 added exists
        }
        using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        using var version = check.CreateCommand();
        version.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
        Assert.Equal(StateSchema.LatestVersion.ToString(), version.ExecuteScalar());
    }

    [Fact]
    public void TextsSeenByTwoRunsKeepEachRunsTimeWhenTheTimesMoveToATableOfTheirOwn()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "state.db");
        using (var db = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            db.Open();
            StateSchema.Migrate(db, target: 5);
            using var insert = db.CreateCommand();
            insert.CommandText = """
                INSERT INTO seen_texts (hash, first_seen_run, first_seen_at, last_seen_run) VALUES
                  (7, 1, '2024-01-02T00:00:00.0000000+00:00', 1), (-8, 1, '2024-01-02T00:00:00.0000000+00:00', 1),
                  (9, 2, '2024-01-03T06:30:00.0000000+00:00', 2)
                """;
            insert.ExecuteNonQuery();
        }

        using var store = StateStore.Open(path);
        var seen = store.SeenTexts();
        Assert.Equal(3, seen.Count);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), seen[7]);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), seen[unchecked((ulong)-8L)]);
        Assert.Equal(new DateTimeOffset(2024, 1, 3, 6, 30, 0, TimeSpan.Zero), seen[9]);
    }

    [Fact]
    public void AStateFromANewerProcessorIsRefused()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "state.db");
        using (StateStore.Open(path)) { }
        using (var db = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            db.Open();
            using var bump = db.CreateCommand();
            bump.CommandText = "UPDATE meta SET value = '99' WHERE key = 'schema_version'";
            bump.ExecuteNonQuery();
        }
        var e = Assert.Throws<StateException>(() => StateStore.Open(path));
        Assert.Contains("newer Processor", e.Message);
    }

    [Fact]
    public void TheLockKeepsASecondStoreOut()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "state.db");
        using var first = StateStore.Open(path);
        Assert.Throws<StateLockedException>(() => StateStore.Open(path));
    }
}
