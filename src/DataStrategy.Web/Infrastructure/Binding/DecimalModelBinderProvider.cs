using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DataStrategy.Web.Infrastructure.Binding;

/// <summary>Puts <see cref="DecimalModelBinder"/> in front of the framework's binders for every decimal field.</summary>
public sealed class DecimalModelBinderProvider : IModelBinderProvider
{
    private static readonly DecimalModelBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.UnderlyingOrModelType == typeof(decimal) ? Binder : null;
    }
}
