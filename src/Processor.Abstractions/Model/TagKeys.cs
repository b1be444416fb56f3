namespace Processor.Abstractions;

/// <summary>The attribute keys of the built-in tag kinds (<see cref="TagKinds"/>), read with <see cref="Tag.Get"/>.</summary>
public static class TagKeys
{
    /// <summary>An entity's display name, or a figure's named subject.</summary>
    public const string Name = "name";

    /// <summary>The words of the source a tag was found from (a figure's "2,400").</summary>
    public const string Text = "text";

    /// <summary>The alias of an entity the sentence used.</summary>
    public const string Alias = "alias";

    /// <summary>An entity's type (person, organisation, place, other).</summary>
    public const string Type = "type";

    /// <summary>What a figure counts ("member", "tonne").</summary>
    public const string Counts = "counts";

    /// <summary>A figure's unit (count, usd, percent, year…).</summary>
    public const string Unit = "unit";

    /// <summary>How exact a figure is: exact, about, at least, at most.</summary>
    public const string Qualifier = "qualifier";

    /// <summary>What kind of quantity a figure is: count, money, percentage, duration, age.</summary>
    public const string Measure = "measure";

    /// <summary>Words that narrow what a figure counts ("former", "armed").</summary>
    public const string Modifiers = "modifiers";

    /// <summary>"true" when the sentence only supposes the figure ("suppose each of the 3,500").</summary>
    public const string Hypothetical = "hypothetical";

    /// <summary>The places a figure's sentence names, comma-separated entity ids.</summary>
    public const string Places = "places";

    /// <summary>The entity a figure is about.</summary>
    public const string Entity = "entity";

    /// <summary>Where <see cref="Entity"/> came from: the sentence itself or the article around it.</summary>
    public const string EntityFrom = "entity_from";

    /// <summary>How a speaker speaks: quote (direct), reported, or interview (a turn of a transcript).</summary>
    public const string Speech = "speech";

    /// <summary>The verb that introduces speech ("said").</summary>
    public const string Verb = "verb";

    /// <summary>On a byline or sign-off mark: the names it credits, as written ("Anne and Massoud Khodabandeh").</summary>
    public const string Names = "names";

    /// <summary>On a byline mark: the outlet it names ("Jane Doe, Reuters" → Reuters).</summary>
    public const string Outlet = "outlet";

    /// <summary>On a byline mark: the web domain it names, lower case ("iran-interlink.org").</summary>
    public const string Domain = "domain";

    /// <summary>On a byline mark: who translated (and so republished) the article.</summary>
    public const string TranslatedBy = "translated_by";

    /// <summary>On a plugin's own tag (a kind with a dot): the heading of its digest section ("Watch-list alerts").</summary>
    public const string Section = "section";
}
