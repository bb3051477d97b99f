namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>Delivery status shown beside an initiative; drawn as a shape (circle, triangle, octagon), never by colour alone.</summary>
public enum RagStatus
{
    None,
    Green,
    Amber,
    Red,
}
