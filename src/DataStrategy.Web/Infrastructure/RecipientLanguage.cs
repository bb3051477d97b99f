using System.Globalization;
using DataStrategy.Core;
using DataStrategy.Data.Entities;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// The language a message to a person is written in: theirs when the interface speaks it, else the organisation's
/// default, else English. <see cref="Use"/> switches the thread's cultures for the texts and dates of that message.
/// </summary>
public static class RecipientLanguage
{
    public static string Of(string? personLanguage, Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return Languages.IsSupported(personLanguage) ? personLanguage!
            : Languages.IsSupported(organisation.DefaultLanguage) ? organisation.DefaultLanguage
            : Languages.English;
    }

    /// <summary>Until disposed, resource texts and formatting are in <paramref name="language"/>.</summary>
    public static IDisposable Use(string language) => new Scope(language);

    private sealed class Scope : IDisposable
    {
        private readonly CultureInfo _ui = CultureInfo.CurrentUICulture;
        private readonly CultureInfo _format = CultureInfo.CurrentCulture;

        public Scope(string language)
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            CultureInfo.CurrentCulture = Core.Documents.DocumentTexts.Culture(language);
        }

        public void Dispose()
        {
            CultureInfo.CurrentUICulture = _ui;
            CultureInfo.CurrentCulture = _format;
        }
    }
}
