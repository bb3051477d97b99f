namespace DataStrategy.Core.Programme;

/// <summary>The steps that set up a new organisation, in the order the guided set-up proposes them.</summary>
public enum SetupStep
{
    Departments,
    Stakeholders,
    Framework,
    Campaign,
    Members,
    Interviews,
}
