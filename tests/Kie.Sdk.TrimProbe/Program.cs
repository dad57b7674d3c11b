using Kie.Sdk.TrimProbe;
using Kie.Sdk.TrimProbe.Checks;

// Runs, in a trimmed self-contained publish, the public paths that break when trimming removes what reflection needs:
// JSON reading and writing, configuration binding, options validation. Output is read by TrimmedPublishTests.
var probe = new Probe();
await ClientChecks.RunAsync(probe);
CallbackChecks.Run(probe);
CatalogChecks.Run(probe);
await DependencyInjectionChecks.RunAsync(probe);
return probe.Finish();
