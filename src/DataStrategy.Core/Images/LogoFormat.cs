namespace DataStrategy.Core.Images;

public enum LogoFormat
{
    Png,
    Jpeg,
}
