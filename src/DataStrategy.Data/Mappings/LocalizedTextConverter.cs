using DataStrategy.Core.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DataStrategy.Data.Mappings;

/// <summary>Multilingual text as one JSON object per column (ARCHITECTURE: a value object stored as JSON).</summary>
internal sealed class LocalizedTextConverter() : ValueConverter<LocalizedText, string>(v => v.ToJson(), v => LocalizedText.FromJson(v));
