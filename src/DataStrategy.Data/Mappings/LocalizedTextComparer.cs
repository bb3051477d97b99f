using DataStrategy.Core.Text;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DataStrategy.Data.Mappings;

internal sealed class LocalizedTextComparer() : ValueComparer<LocalizedText>((a, b) => a!.Equals(b), v => v.GetHashCode(), v => LocalizedText.FromJson(v.ToJson()));
