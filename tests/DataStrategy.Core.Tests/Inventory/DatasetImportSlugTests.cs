using DataStrategy.Core.Inventory;
using DataStrategy.Core.Inventory.Exchange;

namespace DataStrategy.Core.Tests.Inventory;

/// <summary>An imported dataset's address follows the register's one rule, reserved words included.</summary>
public class DatasetImportSlugTests
{
    [Theory]
    [InlineData("Qualité de l'air", "qualite-de-l-air")]
    [InlineData("Import", "dataset-import")]
    [InlineData("new", "dataset-new")]
    public void SlugOf_Title_IsWhatTheRegistersFormMakes(string title, string expected)
    {
        Assert.Equal(expected, DatasetImport.SlugOf(title));
        Assert.Equal(DatasetValidation.SlugFrom(title), DatasetImport.SlugOf(title));
        Assert.True(DatasetValidation.IsSlug(DatasetImport.SlugOf(title)));
    }

    [Fact]
    public void SlugOf_NoTitle_IsNull()
    {
        Assert.Null(DatasetImport.SlugOf("  "));
        Assert.Null(DatasetImport.SlugOf(null));
    }
}
