namespace DataStrategy.Web;

/// <summary>Marker for the shared UI strings (Resources/SharedResource.*.resx, written from SharedResource.tsv).</summary>
public sealed class SharedResource;
