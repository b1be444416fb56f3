using Processor.Plugins.Splitter.Lines;

namespace Processor.Plugins.Splitter.Articles;

/// <summary>
/// Picks an article's headline among the heading lines before its first body paragraph. Category
/// labels and kickers lose to a line that has four or more words and stands between blank lines.
/// </summary>
internal static class TitleFinder
{
    public static Line? Find(List<ClassifiedLine> lines, ArticlePlan plan)
    {
        Line? best = null;
        var bestScore = -1;
        for (var i = plan.First; i <= plan.Last; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Text) break;
            if (line.Kind != LineKind.Heading) continue;
            var score = (line.Line.WordCount >= 4 ? 2 : 0)
                + (i + 1 >= lines.Count || lines[i + 1].Kind == LineKind.Blank ? 1 : 0)
                + (i == 0 || lines[i - 1].Kind == LineKind.Blank ? 1 : 0);
            if (line.Line.WordCount < 2) score -= 2;
            if (score > bestScore)
            {
                best = line.Line;
                bestScore = score;
            }
        }
        return bestScore >= 1 ? best : null;
    }
}
