namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// One PDF to send or to make ahead: whose it is, which document it is a version of (<paramref name="Subject"/>), the
/// hash of its content (<paramref name="Key"/>, see <see cref="PdfRenderCache.KeyOf"/>) and how to lay out its DOCX,
/// called only when the PDF must be made.
/// </summary>
public sealed record PdfJob(Guid OrganisationId, string Subject, string Key, Func<byte[]> Docx);
