namespace DataStrategy.Data.Entities;

public enum MemberRole
{
    Viewer = 0,
    Contributor = 1,
    Facilitator = 2,
    Administrator = 3,
}
