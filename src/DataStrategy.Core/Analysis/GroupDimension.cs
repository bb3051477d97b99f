namespace DataStrategy.Core.Analysis;

public enum GroupDimension
{
    All,
    Department,
    DepartmentKind,
    RespondentType,
}
