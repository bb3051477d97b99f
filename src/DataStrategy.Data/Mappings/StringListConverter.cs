using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DataStrategy.Data.Mappings;

/// <summary>A list of identifiers or codes as one comma-separated column.</summary>
internal sealed class StringListConverter() : ValueConverter<List<string>, string>(v => string.Join(',', v), v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList());
