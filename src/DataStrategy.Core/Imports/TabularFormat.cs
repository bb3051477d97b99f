namespace DataStrategy.Core.Imports;

public enum TabularFormat
{
    Csv,
    Xlsx,
}
