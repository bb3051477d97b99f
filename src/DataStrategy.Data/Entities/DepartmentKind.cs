namespace DataStrategy.Data.Entities;

public enum DepartmentKind
{
    Business,
    CrossFunctional,
    It,
    Leadership,
}
