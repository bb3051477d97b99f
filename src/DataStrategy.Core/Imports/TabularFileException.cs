namespace DataStrategy.Core.Imports;

public sealed class TabularFileException(ImportErrorCode code, string? detail = null) : Exception(detail ?? code.ToString())
{
    public ImportErrorCode Code { get; } = code;

    public string? Detail { get; } = detail;
}
