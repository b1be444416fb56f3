using System.CommandLine;
using System.Runtime.InteropServices;
using Processor.Cli.Commands;

// Signals are taken over before anything else runs: Ctrl+C (SIGINT), SIGTERM and SIGQUIT cancel the run, which then
// ends with exit code 130 and writes nothing. (Only in the runtime's own start-up, before this line, does a signal end
// the process the default way: 128 + the signal's number.)
using var shutdown = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop);

var root = new RootCommand("Processor: turns a folder of documents into a digest in which every claim says where it came from.")
{
    RunCommand.Create(),
    ValidateCommand.Create(),
    PluginsCommand.Create(),
    InitCommand.Create(),
    DocsCommand.Create(),
    SchemaCommand.Create(),
};
HelpWithExamples.Install(root);
// The command line library's own signal handling is off: the registrations above own the signals.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, shutdown.Token);

void Stop(PosixSignalContext context)
{
    context.Cancel = true;   // no default termination: the run stops itself, cleanly
    shutdown.Cancel();
}
