namespace DataStrategy.Data.Backup;

public sealed class BackupException(string message) : Exception(message);
