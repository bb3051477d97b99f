using DataStrategy.Core.Frameworks;
using DataStrategy.Data.Entities;

namespace DataStrategy.Web.Infrastructure;

/// <summary>What the shared question partial needs to draw one question with its levels.</summary>
public sealed record AnswerQuestionView(FrameworkDefinition Framework, FrameworkQuestion Question, Answer? Answer, int Index, bool ReadOnly, bool ShowTargetAndEvidence, string Language);
