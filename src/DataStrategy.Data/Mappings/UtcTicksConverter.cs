using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DataStrategy.Data.Mappings;

/// <summary>SQLite cannot order DateTimeOffset values: they are stored there as UTC ticks.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
