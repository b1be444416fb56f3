using System.CommandLine;
using Processor.Cli.Commands;

var root = new RootCommand("Processor: turns a folder of documents into a digest in which every claim says where it came from.")
{
    RunCommand.Create(),
    ValidateCommand.Create(),
    PluginsCommand.Create(),
    InitCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
