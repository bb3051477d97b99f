using DataStrategy.Core.Text;

namespace DataStrategy.Data.Surveys;

/// <summary>
/// One department's survey follow-up in a campaign. <see cref="Invited"/> counts personal links (cancelled ones
/// excepted), <see cref="Responded"/> those answered to the end, <see cref="Started"/> those begun and not finished.
/// Responses through open links have no invitation to count against: they are reported apart.
/// </summary>
/// <param name="DepartmentId">Null: people without a department.</param>
public sealed record DepartmentResponseRate(Guid? DepartmentId, string? Code, LocalizedText? Name, int Invited, int Responded, int Started, int OpenLinkResponses)
{
    /// <summary>Responded ÷ invited, between 0 and 1; null when nobody was invited.</summary>
    public double? Rate => Invited == 0 ? null : (double)Responded / Invited;

    public int StillToAnswer => Invited - Responded;
}
