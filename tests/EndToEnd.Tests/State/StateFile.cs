using Microsoft.Data.Sqlite;

namespace EndToEnd.Tests.State;

/// <summary>Reads a state database the way an operator would, to check the tool left it sound.</summary>
internal static class StateFile
{
    public static string IntegrityCheck(string path) => Scalar(path, "PRAGMA integrity_check");

    public static string Scalar(string path, string sql)
    {
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
