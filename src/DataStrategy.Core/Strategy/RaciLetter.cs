namespace DataStrategy.Core.Strategy;

/// <summary>Responsible, Accountable, Consulted, Informed.</summary>
public enum RaciLetter
{
    R,
    A,
    C,
    I,
}
