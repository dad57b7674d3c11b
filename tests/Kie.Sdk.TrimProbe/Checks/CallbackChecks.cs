using System.Text;

namespace Kie.Sdk.TrimProbe.Checks;

/// <summary>The callback helpers an app's webhook endpoint uses: verify KIE's signature, parse the body.</summary>
internal static class CallbackChecks
{
    public static void Run(Probe probe)
    {
        probe.Check("sign, verify and parse a callback", () =>
        {
            const string secret = "probe-secret";
            var body = Encoding.UTF8.GetBytes("""
                {"code":200,"msg":"success","data":{"taskId":"task-7","model":"google/nano-banana","state":"success",
                "resultJson":"{\"resultUrls\":[\"https://tempfile.example/a.png\"]}","creditsConsumed":4}}
                """);
            var (timestamp, signature) = KieCallback.Sign("task-7", TimeProvider.System.GetUtcNow(), secret);

            var verified = KieCallback.Verify(body, timestamp, signature, secret, TimeProvider.System);
            ProbeFailure.Unless(verified.IsValid && verified.TaskId == "task-7", $"verification: {verified}");
            var forged = KieCallback.Verify(body, timestamp, signature, "another-secret", TimeProvider.System);
            ProbeFailure.Unless(forged.Failure == KieCallbackVerificationFailure.SignatureMismatch, $"a wrong secret gave {forged}");

            var status = KieCallback.Parse(body);
            ProbeFailure.Unless(status.TaskId == "task-7" && status.State == KieTaskState.Success, $"parsed {status.TaskId} {status.State}");
            ProbeFailure.Unless(status.ResultUrls is [{ AbsoluteUri: "https://tempfile.example/a.png" }], $"result urls: {string.Join(", ", status.ResultUrls)}");
            ProbeFailure.Unless(status.CreditsConsumed == 4m, $"credits consumed is {status.CreditsConsumed}");
        });
    }
}
